/*
 * The embedded Neo4j launcher: runs Neo4j Community in this JVM with Bolt on 127.0.0.1 and no
 * authentication, for one NewsGraph process (server/launcher/neo4j.ts) that spawns it and talks
 * to it over Bolt. It speaks to its parent through a tiny line protocol:
 *
 *   stdout  NEWSGRAPH_NEO4J_READY bolt://127.0.0.1:PORT version=X.Y.Z   (once, when Bolt is up)
 *   stderr  NEWSGRAPH_NEO4J_ERROR locked: ...   exit 3 (another process holds the data directory)
 *   stderr  NEWSGRAPH_NEO4J_ERROR start: ...    exit 1 (any other startup failure)
 *   stderr  NEWSGRAPH_NEO4J_ERROR usage: ...    exit 2 (bad arguments)
 *
 * It never outlives its parent: besides SIGTERM/SIGINT it shuts down when its stdin closes,
 * which happens even when the parent dies by SIGKILL. It must not print anything else on
 * stdout beyond a few lines: Neo4j's own logs go to DATA/logs/debug.log.
 */
package newsgraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.Version;

public final class Main {
    static final String READY = "NEWSGRAPH_NEO4J_READY";
    static final String ERROR = "NEWSGRAPH_NEO4J_ERROR";
    static final int EXIT_START_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_LOCKED = 3;
    static final String HOST = "127.0.0.1";

    /** How long a shutdown request waits for a start in progress to finish, so that the store is closed cleanly. */
    static final long STARTUP_WAIT_SECONDS = 120;

    private static final CountDownLatch startupDone = new CountDownLatch(1);
    private static final AtomicReference<DatabaseManagementService> service = new AtomicReference<>();
    private static volatile boolean stopping = false;

    private Main() {}

    /** Command-line options; the page cache is Neo4j's biggest off-heap allocation, hence bounded here. */
    record Options(Path dataDir, int port, long pageCacheBytes, String pageCacheText, boolean watchStdin) {
        static Options parse(String[] args) {
            Path data = null;
            Integer port = null;
            String pageCache = "128M";
            boolean watchStdin = true;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--data" -> data = Path.of(value(args, ++i, arg)).toAbsolutePath().normalize();
                    case "--port" -> port = parsePort(value(args, ++i, arg));
                    case "--pagecache" -> pageCache = value(args, ++i, arg);
                    // For running by hand with stdin at /dev/null (e.g. under nohup); the parent never passes it.
                    case "--ignore-stdin" -> watchStdin = false;
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            if (data == null) throw new IllegalArgumentException("--data DIR is required");
            if (port == null) throw new IllegalArgumentException("--port N is required");
            long bytes;
            try {
                bytes = SettingValueParsers.BYTES.parse(pageCache);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--pagecache must be a size such as 128M, got " + pageCache);
            }
            return new Options(data, port, bytes, pageCache, watchStdin);
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) throw new IllegalArgumentException(name + " needs a value");
            return args[i];
        }

        private static int parsePort(String text) {
            try {
                int port = Integer.parseInt(text);
                if (port < 1 || port > 65535) throw new NumberFormatException();
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port must be a port number from 1 to 65535, got " + text);
            }
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail("usage", e.getMessage() + " (usage: --data DIR --port N [--pagecache 128M] [--ignore-stdin])", EXIT_USAGE);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(Main::shutdown, "newsgraph-shutdown"));
        if (options.watchStdin()) watchStdin();

        String version;
        try {
            Files.createDirectories(options.dataDir());
            DatabaseManagementService started = configure(options).build();
            service.set(started);
            startupDone.countDown();
            version = awaitDefaultDatabase(started);
        } catch (Throwable t) {
            startupDone.countDown();
            // A shutdown requested mid-start makes the start fail; that is not an error to report.
            if (stopping) return;
            if (isLockFailure(t)) {
                fail("locked", options.dataDir() + " is in use by another Neo4j process (" + rootMessage(t) + ")", EXIT_LOCKED);
            } else {
                fail("start", rootMessage(t) + " (data directory " + options.dataDir() + ", see logs/debug.log there)", EXIT_START_FAILED);
            }
            return;
        }
        if (stopping) return;
        System.out.println(READY + " bolt://" + HOST + ":" + options.port() + " version=" + version);
        System.out.flush();
        DatabaseManagementService running = service.get();
        if (running != null) warmUpCypher(running);

        // Neo4j's own threads keep the JVM alive; parking here keeps that true whatever they are.
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static DatabaseManagementServiceBuilder configure(Options options) {
        return new DatabaseManagementServiceBuilder(options.dataDir())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port()))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            // One local client process: a few Bolt worker threads are plenty, each costs a stack.
            .setConfig(BoltConnector.thread_pool_max_size, 32)
            // Bolt waits 5 s twice at shutdown for connections a single local client has closed already;
            // a parent that stops us (and a test that starts several of us) should not pay 10 s each time.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            // Loopback only and a single user: a password would only be something to forget.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes())
            // A local tool should not phone home (and offline machines would only log failures).
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Transaction state on the JVM heap: off-heap state reserves its own large pool outside -Xmx.
            .setConfig(GraphDatabaseSettings.tx_state_memory_allocation,
                GraphDatabaseSettings.TransactionStateMemoryAllocation.ON_HEAP)
            // Small stores: preallocating 256 MB transaction log files would cost disk for nothing.
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files");
    }

    /** How long the default database may take to become available once the DBMS is built. */
    static final long AVAILABLE_WAIT_MILLIS = 60_000;

    /** Waits for the default database (not just the DBMS) and returns the Neo4j version, without running Cypher. */
    static String awaitDefaultDatabase(DatabaseManagementService dbms) {
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(AVAILABLE_WAIT_MILLIS)) {
            throw new IllegalStateException("database " + db.databaseName() + " did not become available within "
                + AVAILABLE_WAIT_MILLIS / 1000 + " s");
        }
        return Version.getNeo4jVersion();
    }

    /**
     * The first Cypher query of a JVM loads and compiles the whole planner (2-3 s on two cores). Doing it
     * right after READY overlaps that with the parent connecting, instead of adding it to the start or
     * to the parent's first real query. Failure here is harmless: the parent's query will say why.
     */
    static void warmUpCypher(DatabaseManagementService dbms) {
        Thread warmer = new Thread(() -> {
            try {
                dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                    .executeTransactionally("MATCH (n) WHERE id(n) = -1 RETURN count(n) AS c");
            } catch (RuntimeException e) {
                // the parent's own queries report any real problem
            }
        }, "newsgraph-cypher-warmup");
        warmer.setDaemon(true);
        warmer.start();
    }

    /** Runs on SIGTERM, SIGINT, stdin EOF and System.exit: closes the store cleanly, once. */
    static void shutdown() {
        stopping = true;
        try {
            // Closing a store that is half open is what leaves it needing recovery; let the start finish.
            startupDone.await(STARTUP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        DatabaseManagementService dbms = service.getAndSet(null);
        if (dbms != null) {
            try {
                dbms.shutdown();
            } catch (RuntimeException e) {
                System.err.println(ERROR + " stop: " + oneLine(rootMessage(e)));
            }
        }
    }

    /** The parent holds our stdin open; EOF means it is gone (even by SIGKILL), so we go too. */
    static void watchStdin() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) != -1) {
                    // Input carries no meaning; only its end does.
                }
            } catch (IOException e) {
                // A broken stdin means the same as a closed one.
            }
            System.exit(0);
        }, "newsgraph-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    static boolean isLockFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getClass().getSimpleName().equals("FileLockException")) return true;
            String m = c.getMessage();
            if (m != null && m.contains("locked by another process")) return true;
            if (c.getCause() == c) break;
        }
        return false;
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        return oneLine(m == null || m.isBlank() ? root.getClass().getName() : m);
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    static void fail(String kind, String message, int code) {
        System.err.println(ERROR + " " + kind + ": " + oneLine(message));
        System.err.flush();
        System.exit(code);
    }
}
