package com.stratum.engine.predictive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Offset.offset;

/**
 * 2F1 against closed forms (Abramowitz & Stegun 15.1.3-15.1.8) and published values; expected
 * values come from elementary functions, never from the series itself.
 */
class SpecialFunctionsTest {

    private static void assertRelative(double actual, double expected, double tol) {
        assertThat(Math.abs(actual - expected)).isLessThanOrEqualTo(tol * Math.abs(expected));
    }

    @Test
    void logOneMinusZ() {
        // A&S 15.1.3: 2F1(1,1;2;z) = -ln(1-z)/z
        for (double z : new double[] {1e-8, 0.1, 0.5, 0.9, 0.99, 0.999, -0.5, -0.9, -3, -50}) {
            // near z = 1 tens of thousands of terms are summed: allow their rounding
            assertRelative(SpecialFunctions.hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, z > 0.98 ? 1e-11 : 1e-13);
        }
    }

    @Test
    void binomialSeries() {
        // A&S 15.1.8: 2F1(a,b;b;z) = (1-z)^-a
        double[][] cases = {{0.7, 2.3, 0.3}, {3.5, 0.25, 0.95}, {12.0, 1.5, 0.8}, {0.24, 3.0, -0.7}, {2.0, 5.0, -10}};
        for (double[] c : cases) {
            assertRelative(SpecialFunctions.hyp2f1(c[0], c[1], c[1], c[2]), Math.pow(1 - c[2], -c[0]), 1e-13);
        }
    }

    @Test
    void arcsinAndArctan() {
        // A&S 15.1.6: 2F1(1/2,1/2;3/2;z^2) = arcsin(z)/z; 15.1.5: 2F1(1/2,1;3/2;-z^2) = arctan(z)/z
        for (double z : new double[] {0.2, 0.7, 0.95}) {
            assertRelative(SpecialFunctions.hyp2f1(0.5, 0.5, 1.5, z * z), Math.asin(z) / z, 1e-13);
        }
        for (double z : new double[] {0.3, 1.0, 3.0, 20.0}) {
            assertRelative(SpecialFunctions.hyp2f1(0.5, 1, 1.5, -z * z), Math.atan(z) / z, 1e-12);
        }
    }

    @Test
    void polynomialWhenAIsANegativeInteger() {
        // 2F1(-2,b;c;z) = 1 - 2bz/c + b(b+1)z^2/(c(c+1))
        double b = 1.5, c = 2.5, z = 0.4;
        double expected = 1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1));
        assertRelative(SpecialFunctions.hyp2f1(-2, b, c, z), expected, 1e-14);
    }

    @Test
    void pareToNbdShapedArgumentsAgreeWithTheIncompleteBetaIntegral() {
        // c = a + 1, the shape the Pareto/NBD likelihood uses: 2F1(a,b;a+1;z) = a z^-a B_z(a, 1-b).
        // With b = 1 the integral is elementary: a z^-a * z^a / a = 1 ... so use b = 2:
        // 2F1(a,2;a+1;z) = a ∫0^1 t^(a-1) (1-zt)^-2 dt; for a = 1: ∫0^1 (1-zt)^-2 dt = 1/(1-z).
        assertRelative(SpecialFunctions.hyp2f1(1, 2, 2, 0.97), 1 / (1 - 0.97), 1e-12);
        // a = 2: 2 ∫0^1 t (1-zt)^-2 dt = 2 [ln(1-z)/z^2 + 1/(z(1-z))]
        double z = 0.9;
        double expected = 2 * (Math.log1p(-z) / (z * z) + 1 / (z * (1 - z)));
        assertRelative(SpecialFunctions.hyp2f1(2, 2, 3, z), expected, 1e-12);
    }

    @Test
    void logFormStaysFiniteBeyondTheDoubleRange() {
        // ln 2F1(a,b;b;z) = -a ln(1-z): for a = 800, z = 0.9 the value is e^1842, far beyond double
        double log = SpecialFunctions.logHyp2f1Positive(800, 3, 3, 0.9);
        assertThat(log).isCloseTo(-800 * Math.log(0.1), within(1e-9 * 1842));
        assertThat(SpecialFunctions.logHyp2f1Positive(1, 1, 2, 0.999))
                .isCloseTo(Math.log(-Math.log(0.001) / 0.999), offset(1e-11));
    }

    @Test
    void manyAtOnceEqualsOneAtATime() {
        double[] z = {0.0, 0.05, 0.3, 0.68, 0.9, 0.99};
        double[] out = new double[z.length];
        SpecialFunctions.logHyp2f1PositiveMany(12.3, 1.6, 13.3, z, 0, z.length, out);
        for (int k = 0; k < z.length; k++) {
            assertThat(out[k]).isCloseTo(SpecialFunctions.logHyp2f1Positive(12.3, 1.6, 13.3, z[k]), offset(1e-13));
        }
        // and against a closed form: 2F1(a,b;b;z) = (1-z)^-a
        SpecialFunctions.logHyp2f1PositiveMany(700, 2, 2, z, 0, z.length, out);
        for (int k = 0; k < z.length; k++) {
            assertThat(out[k]).isCloseTo(-700 * Math.log1p(-z[k]), offset(1e-9 * Math.max(1, -700 * Math.log1p(-z[k]))));
        }
    }

    @Test
    void logGammaAndBeta() {
        // Γ(5) = 24, Γ(1/2) = sqrt(pi), B(2,3) = 1/12
        assertThat(SpecialFunctions.logGamma(5)).isCloseTo(Math.log(24), offset(1e-14));
        assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), offset(1e-14));
        assertThat(SpecialFunctions.logBeta(2, 3)).isCloseTo(Math.log(1.0 / 12), offset(1e-14));
    }

    @Test
    void rejectsArgumentsOutsideTheDomain() {
        assertThatThrownBy(() -> SpecialFunctions.hyp2f1(1, 1, 2, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpecialFunctions.hyp2f1(1, 1, -2, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
