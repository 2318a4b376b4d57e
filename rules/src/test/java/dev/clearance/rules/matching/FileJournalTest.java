package dev.clearance.rules.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Write-ahead journal: replay equality, torn tails reported, damage refused. */
class FileJournalTest {

    @TempDir
    Path directory;

    private List<Command> session(long seed) {
        List<Command> commands = new ArrayList<>();
        commands.add(new Command.SetEligibility(Fixtures.castEligibility()));
        Fixtures.cast().forEach(p -> commands.add(new Command.Register(p)));
        commands.addAll(RandomCommands.generate(seed, 3_000, Fixtures.cast().size(), 0));
        commands.add(new Command.KillSwitch(2, true));
        return commands;
    }

    private static Market freshMarket() {
        return new Market(Fixtures.CONTRACT, Fixtures.gatedConfig(), new Eligibility(java.util.Map.of()), MatchingEvents.NONE);
    }

    private Path written(List<Command> commands, Market live) {
        Path path = directory.resolve("market.journal");
        try (FileJournal journal = FileJournal.open(path, FsyncPolicy.ON_FLUSH)) {
            for (Command command : commands) {
                journal.append(command);
                command.applyTo(live);
            }
            journal.flush();
        }
        return path;
    }

    @Test
    void replayingTheJournalRebuildsExactlyTheSameState() {
        Market live = freshMarket();
        Path path = written(session(7), live);

        Market rebuilt = freshMarket();
        ReplayResult result;
        try (FileJournal journal = FileJournal.open(path, FsyncPolicy.ON_FLUSH)) {
            result = journal.replay(command -> command.applyTo(rebuilt));
        }

        assertThat(result.commands()).isEqualTo(session(7).size());
        assertThat(result.truncatedTail()).isEmpty();
        assertThat(rebuilt.stateHash()).isEqualTo(live.stateHash());
        assertThat(rebuilt.tradeCount()).isPositive();
    }

    @Test
    void aTornLastRecordIsReportedCutOffAndAppendingContinues() throws IOException {
        List<Command> commands = session(11);
        Path path = written(commands, freshMarket());
        long intact = Files.size(path);
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(intact - 3);
        }

        Market rebuilt = freshMarket();
        try (FileJournal journal = FileJournal.open(path, FsyncPolicy.ON_FLUSH)) {
            ReplayResult result = journal.replay(command -> command.applyTo(rebuilt));

            assertThat(result.commands()).isEqualTo(commands.size() - 1);
            assertThat(result.truncatedTail()).hasValueSatisfying(torn -> {
                assertThat(torn.offset()).isLessThan(intact - 3);
                assertThat(torn.problem()).contains("does not fit");
            });
            journal.append(new Command.KillSwitch(2, true));
        }
        try (FileJournal reopened = FileJournal.open(path, FsyncPolicy.ON_FLUSH)) {
            assertThat(reopened.replay(command -> { }).truncatedTail()).isEmpty();
        }
    }

    @Test
    void damageBeforeTheLastRecordIsRefused() throws IOException {
        Path path = written(session(13), freshMarket());
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.seek(100);
            file.write(file.read() ^ 0xFF);
        }

        try (FileJournal journal = FileJournal.open(path, FsyncPolicy.ON_FLUSH)) {
            assertThatThrownBy(() -> journal.replay(command -> { }))
                .isInstanceOf(JournalCorruptedException.class)
                .hasMessageContaining("not the last one");
        }
    }

    @Test
    void appendingToAJournalThatHoldsRecordsBeforeReplayingItIsRefused() {
        Path path = written(session(17), freshMarket());

        try (FileJournal journal = FileJournal.open(path, FsyncPolicy.NEVER)) {
            assertThatThrownBy(() -> journal.append(new Command.KillSwitch(0, true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("replay it before appending");
        }
    }
}
