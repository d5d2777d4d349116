package org.incidentdesk.servers;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** The last lines of a (possibly large, appended-to) log file, for error messages. */
final class LogTail {

    private static final int LINES = 30;
    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** "last lines of &lt;file&gt;:\n..." or a note saying why there are none. */
    static String describe(Path logFile) {
        return "last lines of " + logFile + ":\n" + lastLines(logFile, LINES);
    }

    static String lastLines(Path file, int count) {
        if (!Files.exists(file)) {
            return "(no log written)";
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = Math.max(0, channel.size() - MAX_BYTES);
            ByteBuffer buffer = ByteBuffer.allocate((int) (channel.size() - start));
            while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) > 0) {
                // keep reading until the tail is complete
            }
            List<String> lines =
                    new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).lines().toList();
            if (start > 0 && !lines.isEmpty()) {
                lines = lines.subList(1, lines.size()); // the first line was cut in the middle
            }
            List<String> tail = lines.subList(Math.max(0, lines.size() - count), lines.size());
            return tail.isEmpty() ? "(log is empty)" : String.join("\n", tail);
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }
}
