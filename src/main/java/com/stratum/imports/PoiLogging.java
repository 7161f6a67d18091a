package com.stratum.imports;

/**
 * POI logs through log4j-api, which has no provider here and would print "could not find a
 * logging provider" on stderr, where the CLI writes its messages. Gives it log4j's built-in
 * simple provider, switched off; POI's problems reach the user as exceptions instead.
 */
public final class PoiLogging {

    private PoiLogging() {
    }

    /** Call before the first POI class loads; later calls do nothing. */
    public static void quiet() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("log4j2.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("log4j2.simplelogLevel", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
