package org.incidentdesk.testsupport.servers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

class JvmWideTestServersTest {

    @Test
    void startsAServerOnceAndReturnsItsPublishedEndpointAfterwards() {
        AtomicInteger starts = new AtomicInteger();
        Supplier<IrcEndpoint> start = () -> new IrcEndpoint("127.0.0.1", 6000 + starts.incrementAndGet());

        IrcEndpoint first = JvmWideTestServers.startOnce("once-test", IrcEndpoint.class, start);
        IrcEndpoint second = JvmWideTestServers.startOnce("once-test", IrcEndpoint.class, start);

        assertEquals(1, starts.get());
        assertEquals(first, second);
    }

    /** What Quarkus does per test profile: load the test resources again, in a new class loader. */
    @Test
    void sharesServersWithCopiesOfItselfInOtherClassLoaders() throws Exception {
        AtomicInteger starts = new AtomicInteger();
        Supplier<String> start = () -> "127.0.0.1:" + (9000 + starts.incrementAndGet());

        try (URLClassLoader isolated = new URLClassLoader(new URL[]{
                codeOf(JvmWideTestServers.class), codeOf(ObjectMapper.class),
                codeOf(JsonFactory.class), codeOf(JsonCreator.class)}, ClassLoader.getPlatformClassLoader())) {
            Class<?> copy = isolated.loadClass(JvmWideTestServers.class.getName());
            assertNotSame(JvmWideTestServers.class, copy);
            Method startOnce = copy.getDeclaredMethod("startOnce", String.class, Class.class, Supplier.class);
            startOnce.setAccessible(true);

            Object fromCopy = startOnce.invoke(null, "class-loader-test", String.class, start);
            String fromHere = JvmWideTestServers.startOnce("class-loader-test", String.class, start);

            assertEquals(1, starts.get());
            assertEquals(fromCopy, fromHere);
        }
    }

    private static URL codeOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
