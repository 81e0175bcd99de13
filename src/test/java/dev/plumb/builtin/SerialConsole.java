package dev.plumb.builtin;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A guest's serial console as the test reads it: everything the guest printed since {@link
 * #attach}, read by a thread of its own, and a bounded wait for a line.
 */
final class SerialConsole implements AutoCloseable {
  private final SocketChannel channel;
  private final StringBuilder transcript = new StringBuilder();
  private final Thread reader;

  private SerialConsole(SocketChannel channel) {
    this.channel = channel;
    this.reader = new Thread(this::read, "serial console " + channel);
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Attaches to the console that the pack's {@code start} gave the VM for {@code vm.console}: the
   * one place that knows how it is given (today a Unix socket QEMU serves, {@code -serial
   * unix:PATH,server=on,wait=off}, which drops what the guest prints while nobody is attached, so
   * attach right after {@code start}).
   */
  static SerialConsole attach(Path console) throws IOException {
    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      channel.connect(UnixDomainSocketAddress.of(console));
    } catch (IOException e) {
      channel.close();
      throw new IOException("cannot attach to the serial console " + console + ": " + e, e);
    }
    return new SerialConsole(channel);
  }

  /** Waits at most {@code seconds} for {@code line} (a whole line); true when it came. */
  boolean await(String line, int seconds) throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    synchronized (transcript) {
      while (!hasLine(line)) {
        long left = (end - System.nanoTime()) / 1_000_000;
        if (left <= 0 || !reader.isAlive() && !hasLine(line)) {
          return hasLine(line);
        }
        transcript.wait(Math.min(left, 100));
      }
      return true;
    }
  }

  /** Everything read so far, for a failure's message. */
  String transcript() {
    synchronized (transcript) {
      return transcript.toString();
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private boolean hasLine(String line) {
    String text = transcript.toString().replace("\r", "");
    return text.startsWith(line + "\n") || text.contains("\n" + line + "\n");
  }

  private void read() {
    ByteBuffer buffer = ByteBuffer.allocate(4096);
    try {
      while (channel.read(buffer.clear()) >= 0) {
        synchronized (transcript) {
          transcript.append(
              new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1));
          transcript.notifyAll();
        }
      }
    } catch (IOException closed) {
      // the console was closed, or QEMU exited
    }
  }
}
