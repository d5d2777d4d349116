package org.incidentdesk.launcher;

import java.nio.file.Path;

/**
 * {@code java -jar local-launcher.jar [--data DIR] [--port-offset N]}: starts the whole system, prints where
 * everything is, and stops it all on Ctrl-C. Data stays in the data folder (default {@code .local-stack/}) for
 * the next start. A port offset moves every port (gateway 8080 + N, Keycloak 8180 + N, ...), so that a second
 * stack (e.g. the benchmark's) can run beside a developer's.
 */
public final class LocalStackMain {

    private static final String USAGE = "Usage: java -jar local-launcher.jar [--data DIR] [--port-offset N]";

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("incident-desk.repository-root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(".local-stack");
        int portOffset = 0;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value. " + USAGE);
            }
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--port-offset" -> portOffset = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + ". " + USAGE);
            }
        }
        StackSettings settings = new StackSettings(root, data.toAbsolutePath(), new StackPorts(portOffset));

        System.out.println("Starting Incident Desk on loopback; data in " + settings.dataDir()
                + " (the first start downloads nothing but unpacks Keycloak and takes a minute or two)");
        LocalStack stack = LocalStack.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Incident Desk...");
            stack.close();
        }, "local-stack-shutdown"));
        System.out.println(StackBanner.of(stack));
        Thread.currentThread().join();
    }
}
