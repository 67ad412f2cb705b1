import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Run by {@code ./mvnw -Prun} before Payara Micro starts (Java's source launcher, no compiling): a port already
 * in use ends the start with one clear line, instead of Payara's stack trace and a server that never gets ready.
 */
public class CheckPort {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException inUse) {
            System.err.printf("Port %d is in use (is Hausdesk already running?). Stop what uses it, or start on "
                    + "another port: ./mvnw -Prun -Dhausdesk.port=9090%n", port);
            System.exit(1);
        }
    }
}
