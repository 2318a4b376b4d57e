package dev.clearance.rules.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * A {@link Journal} in one file. Each record is {@code [int length][body][int CRC32C of body]};
 * the body is a {@link CommandCodec} encoding. Appends reuse one direct buffer, so journalling a
 * placement allocates nothing. Durability follows the {@link FsyncPolicy} given at open.
 */
public final class FileJournal implements Journal {

    private static final int FRAME = Integer.BYTES * 2;

    private final Path path;
    private final FileChannel channel;
    private final FsyncPolicy fsync;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(CommandCodec.MAX_BODY + FRAME);
    private final CRC32C crc = new CRC32C();
    private boolean replayed;

    private FileJournal(Path path, FileChannel channel, FsyncPolicy fsync, boolean empty) {
        this.path = path;
        this.channel = channel;
        this.fsync = fsync;
        this.replayed = empty;
    }

    /** Opens (creating if absent) the journal at {@code path}. */
    public static FileJournal open(Path path, FsyncPolicy fsync) {
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
            return new FileJournal(path, channel, fsync, channel.size() == 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open journal " + path, e);
        }
    }

    @Override
    public void append(Command command) {
        if (!replayed) {
            throw new IllegalStateException("journal " + path + " holds records: replay it before appending");
        }
        buffer.clear();
        buffer.position(Integer.BYTES);
        CommandCodec.encode(command, buffer);
        int end = buffer.position();
        buffer.putInt(0, end - Integer.BYTES);
        crc.reset();
        buffer.limit(end).position(Integer.BYTES);
        crc.update(buffer);
        buffer.limit(end + Integer.BYTES);
        buffer.putInt(end, (int) crc.getValue());
        buffer.position(0);
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (fsync == FsyncPolicy.EVERY_COMMAND) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to journal " + path, e);
        }
    }

    @Override
    public void flush() {
        if (fsync == FsyncPolicy.NEVER) {
            return;
        }
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush journal " + path, e);
        }
    }

    @Override
    public ReplayResult replay(Consumer<Command> consumer) {
        try {
            long size = channel.size();
            long offset = 0;
            long commands = 0;
            ByteBuffer header = ByteBuffer.allocate(Integer.BYTES);
            ByteBuffer body = ByteBuffer.allocate(CommandCodec.MAX_BODY + Integer.BYTES);
            Optional<ReplayResult.TruncatedRecord> torn = Optional.empty();
            while (offset < size) {
                long left = size - offset;
                if (left < FRAME + 1) {
                    torn = Optional.of(new ReplayResult.TruncatedRecord(offset, left, "record header incomplete"));
                    break;
                }
                header.clear();
                readFully(header, offset);
                int length = header.getInt(0);
                if (length < 1 || length > CommandCodec.MAX_BODY || FRAME + length > left) {
                    if (left <= FRAME + CommandCodec.MAX_BODY) {
                        torn = Optional.of(new ReplayResult.TruncatedRecord(offset, left,
                            "record of " + length + " bytes does not fit in the " + left + " bytes left"));
                        break;
                    }
                    throw new JournalCorruptedException("journal " + path + ": impossible record length " + length
                        + " at offset " + offset + " with " + left + " bytes after it");
                }
                body.clear().limit(length + Integer.BYTES);
                readFully(body, offset + Integer.BYTES);
                body.flip();
                crc.reset();
                crc.update(body.duplicate().limit(length));
                boolean last = offset + FRAME + length == size;
                if ((int) crc.getValue() != body.getInt(length)) {
                    if (last) {
                        torn = Optional.of(new ReplayResult.TruncatedRecord(offset, left, "checksum mismatch in the last record"));
                        break;
                    }
                    throw new JournalCorruptedException("journal " + path + ": checksum mismatch in the record at offset "
                        + offset + ", which is not the last one; restore the journal from a replica");
                }
                consumer.accept(CommandCodec.decode(body.limit(length)));
                commands++;
                offset += FRAME + length;
            }
            channel.truncate(offset);
            channel.position(offset);
            replayed = true;
            return new ReplayResult(commands, torn);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replay journal " + path, e);
        }
    }

    private void readFully(ByteBuffer target, long position) throws IOException {
        long at = position;
        while (target.hasRemaining()) {
            int read = channel.read(target, at);
            if (read < 0) {
                throw new IOException("journal " + path + " ended while reading at offset " + at);
            }
            at += read;
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close journal " + path, e);
        }
    }
}
