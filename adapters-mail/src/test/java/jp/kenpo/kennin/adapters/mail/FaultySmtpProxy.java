package jp.kenpo.kennin.adapters.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of a real SMTP server (GreenMail) that misbehaves the way mail servers do:
 * answers RCPT TO for chosen addresses itself (550 or 4xx, the server never hears of them), and
 * cuts a connection in the middle of a mail once that connection has carried a given number of
 * mails (the server never gets the end of that mail, so it does not keep it). It counts the
 * connections clients opened.
 */
final class FaultySmtpProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int upstreamPort;
    private final Map<String, String> rcptAnswers = new ConcurrentHashMap<>();
    private volatile int dropAfterMails = Integer.MAX_VALUE;
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger drops = new AtomicInteger();

    FaultySmtpProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "faulty-smtp-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** RCPT TO:&lt;address&gt; is answered with {@code reply} (such as {@code 550 5.1.1 user unknown}). */
    FaultySmtpProxy answerRcpt(String address, String reply) {
        rcptAnswers.put(address.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    /** Each connection is cut in the middle of its mail number {@code mails + 1}. */
    FaultySmtpProxy dropEachConnectionAfter(int mails) {
        this.dropAfterMails = mails;
        return this;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                connections.incrementAndGet();
                Thread t = new Thread(() -> relay(client), "faulty-smtp-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            OutputStream toClient = client.getOutputStream();
            OutputStream toServer = server.getOutputStream();
            Thread back = new Thread(() -> copy(server, toClient), "faulty-smtp-proxy-back");
            back.setDaemon(true);
            back.start();
            BufferedReader fromClient = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            boolean inData = false;
            int mails = 0;
            for (String line = fromClient.readLine(); line != null; line = fromClient.readLine()) {
                if (inData) {
                    if (mails >= dropAfterMails) {
                        drops.incrementAndGet();
                        return; // both sockets close: the server never sees the end of this mail
                    }
                    if (line.equals(".")) {
                        inData = false;
                        mails++;
                    }
                } else if (line.toUpperCase(Locale.ROOT).startsWith("RCPT TO:")) {
                    String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
                    String answer = rcptAnswers.get(address);
                    if (answer != null) {
                        synchronized (toClient) {
                            toClient.write((answer + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                            toClient.flush();
                        }
                        continue;
                    }
                } else if (line.equalsIgnoreCase("DATA")) {
                    inData = true;
                }
                toServer.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                toServer.flush();
            }
        } catch (IOException e) {
            // a side closed
        }
    }

    private static void copy(Socket from, OutputStream to) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (to) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            }
        } catch (IOException e) {
            // a side closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
