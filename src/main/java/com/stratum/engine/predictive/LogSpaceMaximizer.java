package com.stratum.engine.predictive;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

import java.util.function.ToDoubleFunction;

/**
 * Maximises a log-likelihood over positive parameters by working on their logarithms: Nelder-Mead
 * (commons-math3) from several starts and a restart from the best, then a few Newton steps with
 * finite-difference derivatives to settle the last digits (Nelder-Mead alone stalls around 1e-5
 * relative on flat optima such as the published CDNOW fits).
 */
final class LogSpaceMaximizer {

    /** Outside exp(+-LIMIT) a parameter is running off to 0 or infinity: the fit has not converged. */
    private static final double LIMIT = 25;
    private static final int MAX_EVAL_PER_RUN = 6000;

    /** @param negHessian minus the Hessian in log-parameters at the end of the Newton steps, or null */
    record Result(double[] point, double value, boolean converged, int evaluations, RealMatrix negHessian) {
    }

    private final ToDoubleFunction<double[]> logLikelihood;
    private int evaluations;
    private RealMatrix lastNegHessian;
    private double[] bestTheta;
    private double bestValue = Double.NEGATIVE_INFINITY;

    private LogSpaceMaximizer(ToDoubleFunction<double[]> logLikelihood) {
        this.logLikelihood = logLikelihood;
    }

    /** @param starts starting points in natural (positive) parameters */
    static Result maximize(ToDoubleFunction<double[]> logLikelihood, double[][] starts) {
        return new LogSpaceMaximizer(logLikelihood).run(starts);
    }

    /**
     * Refines a point already near the optimum (e.g. the optimum of a subsample): Newton steps first, and
     * Nelder-Mead from there only when they do not settle.
     */
    static Result refine(ToDoubleFunction<double[]> logLikelihood, double[] start, RealMatrix negHessianGuess) {
        LogSpaceMaximizer m = new LogSpaceMaximizer(logLikelihood);
        m.lastNegHessian = negHessianGuess;
        return m.runRefine(start);
    }

    private Result runRefine(double[] start) {
        value(logOf(start));
        if (bestTheta == null) {
            return new Result(start, Double.NEGATIVE_INFINITY, false, evaluations, null);
        }
        // a Hessian guess (the subsample's, scaled) saves computing one on all customers
        double decrement = newtonPolish(lastNegHessian);
        boolean simplexConverged = false;
        if (!(decrement < 1e-6)) {
            simplexConverged = simplex(bestTheta.clone(), 0.05, 1e-11);
            decrement = newtonPolish(null);
        }
        return result(simplexConverged, decrement);
    }

    private Result result(boolean simplexConverged, double decrement) {
        boolean inRange = true;
        for (double t : bestTheta) {
            inRange &= Math.abs(t) < LIMIT;
        }
        boolean converged = inRange && simplexConverged && decrement < 1e-4 || inRange && decrement < 1e-6;
        return new Result(exp(bestTheta), bestValue, converged, evaluations, lastNegHessian);
    }

    private double value(double[] theta) {
        evaluations++;
        double[] p = new double[theta.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(theta[i]);
        }
        double v;
        try {
            v = logLikelihood.applyAsDouble(p);
        } catch (ArithmeticException e) {
            v = Double.NEGATIVE_INFINITY; // a series that does not converge at this point: infeasible
        }
        if (!Double.isFinite(v)) {
            return -1e300;
        }
        if (v > bestValue) {
            bestValue = v;
            bestTheta = theta.clone();
        }
        return v;
    }

    private Result run(double[][] starts) {
        boolean simplexConverged = false;
        for (double[] start : starts) {
            double[] theta = new double[start.length];
            for (int i = 0; i < theta.length; i++) {
                theta[i] = Math.log(start[i]);
            }
            // starts only need to find the right basin: a loose stop saves most of the evaluations
            simplexConverged |= simplex(theta, 0.5, 1e-7);
        }
        if (bestTheta == null) {
            return new Result(exp(logOf(starts[0])), Double.NEGATIVE_INFINITY, false, evaluations, null);
        }
        // restart from the best point: Nelder-Mead's simplex can collapse early on ridges
        boolean restartConverged = simplex(bestTheta.clone(), 0.05, 1e-11);
        double decrement = newtonPolish(null);
        return result(restartConverged || simplexConverged, decrement);
    }

    private boolean simplex(double[] theta, double step, double relativeTolerance) {
        SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(relativeTolerance, 1e-9));
        double[] steps = new double[theta.length];
        java.util.Arrays.fill(steps, step);
        try {
            PointValuePair p = optimizer.optimize(new MaxEval(MAX_EVAL_PER_RUN),
                    new ObjectiveFunction(this::value), GoalType.MAXIMIZE, new InitialGuess(theta),
                    new NelderMeadSimplex(steps));
            return p != null;
        } catch (TooManyEvaluationsException e) {
            return false;
        }
    }

    /**
     * Newton steps on the log-parameters with central-difference gradient and Hessian.
     * @return the final Newton decrement g' (-H)^-1 g / 2 (expected log-likelihood gain still available),
     *         or +infinity when the Hessian is not negative definite there
     */
    private double newtonPolish(RealMatrix negHessianGuess) {
        int d = bestTheta.length;
        double decrement = Double.POSITIVE_INFINITY;
        RealMatrix negH = negHessianGuess;
        boolean freshHessian = false;
        for (int iter = 0; iter < 12; iter++) {
            double[] theta = bestTheta.clone();
            double[] g = gradient(theta);
            if (negH == null) {
                negH = hessian(theta).scalarMultiply(-1);
                freshHessian = true;
            }
            RealVector step;
            try {
                step = new CholeskyDecomposition(negH, 1e-12, 1e-14).getSolver().solve(new ArrayRealVector(g));
            } catch (NonPositiveDefiniteMatrixException | NonSymmetricMatrixException e) {
                if (!freshHessian) {
                    negH = null; // the guess does not fit here: compute the real one
                    continue;
                }
                return Double.POSITIVE_INFINITY;
            }
            lastNegHessian = negH;
            decrement = 0.5 * step.dotProduct(new ArrayRealVector(g));
            if (!(decrement > 1e-10)) {
                return Math.max(decrement, 0);
            }
            boolean improved = false;
            double scale = 1;
            for (int k = 0; k < 6 && !improved; k++, scale /= 2) {
                double[] cand = theta.clone();
                for (int i = 0; i < d; i++) {
                    cand[i] += scale * step.getEntry(i);
                }
                double before = bestValue;
                value(cand);
                improved = bestValue > before;
            }
            if (!improved) {
                if (freshHessian) {
                    return decrement;
                }
                negH = null; // the reused Hessian went stale: recompute it once
                continue;
            }
            freshHessian = false;
        }
        return decrement;
    }

    /** Central differences; the Hessian is computed once and reused while steps keep improving (chord method). */
    private double[] gradient(double[] theta) {
        int d = theta.length;
        double[] g = new double[d];
        double h = 1e-5;
        for (int i = 0; i < d; i++) {
            g[i] = (valueAt(theta, i, h, -1, 0) - valueAt(theta, i, -h, -1, 0)) / (2 * h);
        }
        return g;
    }

    private RealMatrix hessian(double[] theta) {
        int d = theta.length;
        double f0 = value(theta);
        double[][] m = new double[d][d];
        double h = 1e-4;
        for (int i = 0; i < d; i++) {
            m[i][i] = (valueAt(theta, i, h, -1, 0) - 2 * f0 + valueAt(theta, i, -h, -1, 0)) / (h * h);
            for (int j = 0; j < i; j++) {
                double v = (valueAt(theta, i, h, j, h) - valueAt(theta, i, h, j, -h)
                        - valueAt(theta, i, -h, j, h) + valueAt(theta, i, -h, j, -h)) / (4 * h * h);
                m[i][j] = v;
                m[j][i] = v;
            }
        }
        return new Array2DRowRealMatrix(m);
    }

    private double valueAt(double[] theta, int i, double di, int j, double dj) {
        double[] t = theta.clone();
        t[i] += di;
        if (j >= 0) {
            t[j] += dj;
        }
        return value(t);
    }

    private static double[] exp(double[] theta) {
        double[] p = new double[theta.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(theta[i]);
        }
        return p;
    }

    private static double[] logOf(double[] p) {
        double[] t = new double[p.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = Math.log(p[i]);
        }
        return t;
    }
}
