package org.pactgraph.store;

import java.nio.file.Path;

/** Run in a separate JVM by tests: holds a store's lock until killed, after printing "locked". */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws InterruptedException {
        StoreLock lock = StoreLock.acquire(Path.of(args[0]));
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(Long.parseLong(args.length > 1 ? args[1] : "60000"));
        lock.close();
    }

    /** Starts a holder process and waits until it holds the lock. */
    public static Process start(Path store) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), store.toString())
                .redirectErrorStream(true).start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
        if (!"locked".equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException("lock holder said: " + line);
        }
        return p;
    }
}
