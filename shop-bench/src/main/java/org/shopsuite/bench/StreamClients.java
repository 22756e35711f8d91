package org.shopsuite.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Many WebSocket clients on /events/stream read by one thread with one selector: the event-push
 * benchmark's receiving side. A client per JDK {@code WebSocket} costs a selector thread and a
 * hand-off per message, and at 50 clients x 1,000 events/s that alone took a whole core from the
 * server it shares the machine with. This one only parses frame headers, checks that each
 * client's seqs arrive one by one, and notes the delay from each event's {@code occurredAt}.
 *
 * <p>Implements just what the server sends: unmasked, unfragmented text frames, pings (answered)
 * and close. Anything else is counted as a protocol error.
 */
final class StreamClients implements AutoCloseable {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final byte[] OCCURRED_AT = "\"occurredAt\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEQ = "\"seq\":".getBytes(StandardCharsets.US_ASCII);

    private final Selector selector;
    private final List<Client> clients = new ArrayList<>();
    private final Thread reader;
    private volatile boolean stop;
    private volatile long protocolErrors;

    /** One client's counts; written by the reader thread only. */
    static final class Client {
        final SocketChannel channel;
        final ByteBuffer in = ByteBuffer.allocate(1 << 16);
        final long[] micros;
        volatile long received;
        volatile long outOfOrder;
        volatile boolean closedByServer;
        long lastSeq;

        Client(SocketChannel channel, long since, int capacity) {
            this.channel = channel;
            this.lastSeq = since;
            this.micros = new long[capacity];
        }
    }

    StreamClients(String httpUrl, String[] tokens, int count, long since, int capacity) throws IOException {
        selector = Selector.open();
        URI uri = URI.create(httpUrl);
        for (int c = 0; c < count; c++) {
            SocketChannel ch = SocketChannel.open(new InetSocketAddress(uri.getHost(), uri.getPort()));
            ch.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
            byte[] key = new byte[16];
            ThreadLocalRandom.current().nextBytes(key);
            String request = "GET /events/stream?since=" + since + " HTTP/1.1\r\nHost: " + uri.getHost() + ":"
                    + uri.getPort()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                    + Base64.getEncoder().encodeToString(key) + "\r\nAuthorization: Bearer " + tokens[c] + "\r\n\r\n";
            ch.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
            Client client = new Client(ch, since, capacity);
            readHandshake(client);
            ch.configureBlocking(false);
            ch.register(selector, SelectionKey.OP_READ, client);
            clients.add(client);
        }
        reader = new Thread(this::readLoop, "stream-clients");
        reader.setDaemon(true);
        reader.start();
    }

    List<Client> clients() {
        return clients;
    }

    long protocolErrors() {
        return protocolErrors;
    }

    private static void readHandshake(Client c) throws IOException {
        ByteBuffer in = c.in;
        while (true) {
            if (c.channel.read(in) < 0) {
                throw new IOException("stream closed during the handshake");
            }
            @SuppressWarnings("ByteBufferBackingArray") // c.in is ByteBuffer.allocate(...): arrayOffset is 0
            String text = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end >= 0) {
                if (!text.startsWith("HTTP/1.1 101")) {
                    throw new IOException(
                            "stream refused: " + text.lines().findFirst().orElse(""));
                }
                // Frames that came with the handshake stay in the buffer.
                in.flip();
                in.position(end + 4);
                in.compact();
                return;
            }
        }
    }

    @SuppressWarnings("NonAtomicVolatileUpdate") // only the reader thread writes; volatile is for the readers
    private void readLoop() {
        try {
            while (!stop) {
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    Client c = (Client) key.attachment();
                    int n;
                    try {
                        n = c.channel.read(c.in);
                    } catch (IOException e) {
                        n = -1;
                    }
                    if (n < 0) {
                        key.cancel();
                        c.closedByServer = true;
                        continue;
                    }
                    frames(c);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            protocolErrors++;
        }
    }

    /** Handles every whole frame in the client's buffer and keeps the rest. */
    @SuppressWarnings("NonAtomicVolatileUpdate") // only the reader thread writes; volatile is for the readers
    private void frames(Client c) throws IOException {
        ByteBuffer in = c.in;
        in.flip();
        @SuppressWarnings("ByteBufferBackingArray") // c.in is ByteBuffer.allocate(...): arrayOffset is 0
        byte[] a = in.array();
        while (in.remaining() >= 2) {
            int p = in.position();
            int b0 = a[p] & 0xff;
            int b1 = a[p + 1] & 0xff;
            int header = 2;
            long len = b1 & 0x7f;
            if (len == 126) {
                if (in.remaining() < 4) {
                    break;
                }
                len = ((a[p + 2] & 0xffL) << 8) | (a[p + 3] & 0xffL);
                header = 4;
            } else if (len == 127) {
                if (in.remaining() < 10) {
                    break;
                }
                len = ByteBuffer.wrap(a, p + 2, 8).getLong();
                header = 10;
            }
            if ((b1 & 0x80) != 0 || len > in.capacity() - header) {
                protocolErrors++; // masked or too large: not what this server sends
                stop = true;
                return;
            }
            if (in.remaining() < header + len) {
                break;
            }
            int start = p + header;
            int end = (int) (start + len);
            int opcode = b0 & 0x0f;
            if (opcode == 1 && (b0 & 0x80) != 0) {
                text(c, a, start, end);
            } else if (opcode == 9) {
                pong(c, a, start, end);
            } else if (opcode == 8) {
                c.closedByServer = true;
            } else if (opcode != 10) {
                protocolErrors++;
            }
            in.position(end);
        }
        in.compact();
    }

    @SuppressWarnings("NonAtomicVolatileUpdate") // only the reader thread writes; volatile is for the readers
    private static void text(Client c, byte[] a, int start, int end) {
        long nowMicros = micros(CLOCK.instant());
        int s = indexOf(a, start, end, SEQ);
        long seq = 0;
        for (int i = s + SEQ.length; i < end && a[i] >= '0' && a[i] <= '9'; i++) {
            seq = seq * 10 + (a[i] - '0');
        }
        if (seq != c.lastSeq + 1) {
            c.outOfOrder++;
        }
        c.lastSeq = seq;
        int t = indexOf(a, start, end, OCCURRED_AT) + OCCURRED_AT.length;
        int q = t;
        while (a[q] != '"') {
            q++;
        }
        long at = occurredAtMicros(a, t, q);
        long n = c.received;
        if (n < c.micros.length) {
            c.micros[(int) n] = nowMicros - at;
        }
        c.received = n + 1;
    }

    private static byte[] lastAt = new byte[0];
    private static long lastAtMicros;

    /** The 50 clients get the same events, and many events share a millisecond: parse once. */
    private static long occurredAtMicros(byte[] a, int from, int to) {
        if (!java.util.Arrays.equals(a, from, to, lastAt, 0, lastAt.length)) {
            lastAt = java.util.Arrays.copyOfRange(a, from, to);
            lastAtMicros = micros(org.shopsuite.model.IsoTime.parse(new String(lastAt, StandardCharsets.US_ASCII)));
        }
        return lastAtMicros;
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }

    /** Answers a ping with a masked pong carrying the same data (RFC 6455 5.5.3). */
    private static void pong(Client c, byte[] a, int start, int end) throws IOException {
        int len = end - start;
        ByteBuffer out = ByteBuffer.allocate(6 + len);
        out.put((byte) 0x8A).put((byte) (0x80 | len)).put(new byte[4]); // zero mask: data unchanged
        out.put(a, start, len).flip();
        while (out.hasRemaining()) {
            c.channel.write(out);
        }
    }

    private static int indexOf(byte[] a, int from, int to, byte[] what) {
        outer:
        for (int i = from; i <= to - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (a[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no " + new String(what, StandardCharsets.US_ASCII) + " in an event");
    }

    @Override
    public void close() throws IOException {
        stop = true;
        try {
            reader.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Client c : clients) {
            c.channel.close();
        }
        selector.close();
    }
}
