package org.incidentdesk.launcher;

import java.nio.file.Path;

/**
 * {@code java -jar local-launcher.jar [--data DIR]}: starts the whole system, prints where everything is, and
 * stops it all on Ctrl-C. Data stays in the data folder (default {@code .local-stack/}) for the next start.
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("incident-desk.repository-root", ".")).toAbsolutePath().normalize();
        Path data = args.length == 2 && args[0].equals("--data") ? Path.of(args[1]) : root.resolve(".local-stack");
        StackSettings settings = new StackSettings(root, data.toAbsolutePath(), StackPorts.DEFAULT);

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
