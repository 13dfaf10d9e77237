package coordgraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * Starts a Neo4j community server in this process with Bolt on a free loopback port,
 * prints "BOLT <uri>" on one line, and stops when standard input closes (so the server
 * never outlives the test run that started it).
 */
public final class Harness {
    private Harness() {}

    public static void main(String[] args) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        var builder = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
                .withConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.ofSeconds(60))
                // Timeouts are checked on this interval (2 s by default): a statement past its budget
                // must stop soon after, as it does on the embedded store.
                .withConfig(GraphDatabaseSettings.transaction_monitor_check_interval, java.time.Duration.ofMillis(100));
        if (args.length > 0) {
            builder = builder.withWorkingDir(Path.of(args[0]));
        }
        try (Neo4j neo4j = builder.build()) {
            System.out.println("BOLT " + neo4j.boltURI());
            System.out.flush();
            InputStream in = System.in;
            while (in.read() != -1) {
                // wait for the parent to close our stdin
            }
        }
        System.exit(0);
    }
}
