package cn.ybfp.register.application;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.SchemaMigrated;
import cn.ybfp.register.api.ExchangeOutcome;
import cn.ybfp.register.api.ExchangeStatus;
import cn.ybfp.register.domain.ExchangeBatch;
import cn.ybfp.register.domain.ExchangeBatches;
import cn.ybfp.register.domain.ExchangeLists;
import cn.ybfp.register.domain.SecondClerkRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

/** The background work on an uploaded list, each step in a transaction of its own. */
@ApplicationScoped
public class ExchangeSteps {

    @Inject
    ExchangeLists lists;

    @Inject
    ExchangeBatches batches;

    @Inject
    DivisionDirectory divisions;

    @Inject
    ExchangeProgress progress;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    /** Reads, checks and stages every row, then compares them with the register; one transaction. */
    @Transactional(rollbackOn = IOException.class)
    public void stageAndCompare(long batchId, String fileName, Path file) throws IOException {
        var scope = new Jurisdiction(batches.get(batchId).scope());
        try (InputStream in = Files.newInputStream(file)) {
            long rows = lists.stageAndCompare(
                    batchId, fileName, in, divisions.townshipCodes(), scope, read -> progress.report(batchId, read));
            batches.get(batchId).compared(rows);
        }
    }

    /**
     * The decision to apply, in a transaction of its own so that the job starts only once it has committed:
     * {@code applying}, or {@code alreadyApplying} / {@code alreadyApplied} for a second decision (the row lock makes
     * two at once wait for each other).
     */
    @Transactional
    public String decideToApply(Jurisdiction scope, long batchId, String username, long aloneUpTo) {
        // the running job holds the lock for the whole apply: a second decision is answered without waiting for it
        ExchangeStatus seen = batches.find(scope, batchId)
                .orElseThrow(ExchangeService::notFound)
                .status();
        if (seen == ExchangeStatus.APPLYING) {
            return "alreadyApplying";
        }
        ExchangeBatch batch = batches.lock(scope, batchId).orElseThrow(ExchangeService::notFound);
        switch (batch.status()) {
            case APPLIED -> {
                return "alreadyApplied";
            }
            case APPLYING -> {
                return "alreadyApplying";
            }
            case PREVIEWED -> {
                long changed = changedRows(batchId);
                if (SecondClerkRule.needsSecondClerk(username, batch.uploadedBy(), changed, aloneUpTo)) {
                    throw RegisterException.of(
                            null,
                            "batch.secondClerk",
                            String.valueOf(changed),
                            String.valueOf(aloneUpTo),
                            batch.uploadedBy());
                }
                batch.applying(username);
                return "applying";
            }
            default ->
                throw RegisterException.of(
                        null, "batch.cannotApply", batch.status().name());
        }
    }

    /** The rows that would change the register: new people and categories, ended categories, changed details. */
    private long changedRows(long batchId) {
        Map<ExchangeOutcome, Long> counts = lists.counts(batchId);
        return Stream.of(
                        ExchangeOutcome.NEW_PERSON,
                        ExchangeOutcome.NEW_CATEGORY,
                        ExchangeOutcome.ENDED_CATEGORY,
                        ExchangeOutcome.CHANGED)
                .mapToLong(o -> counts.getOrDefault(o, 0L))
                .sum();
    }

    /**
     * Applies a list a clerk decided to apply: compares it again with the register as it is now and writes every
     * accepted row, all in this one transaction, with the clerk's name on the history.
     */
    @Transactional
    public void apply(long batchId) {
        ExchangeBatch batch = batches.lock(new Jurisdiction(batches.get(batchId).scope()), batchId)
                .orElseThrow();
        if (batch.status() != ExchangeStatus.APPLYING) {
            return; // the decision was not taken, or this job ran already
        }
        lists.apply(
                batchId, new Jurisdiction(batch.scope()), batch.department().name(), batch.appliedBy(), clock.millis());
        batch.applied(Instant.now(clock), lists.counts(batchId));
        lists.purge(batchId, true); // the accepted rows are in the register now; the rejected feed the error file
    }

    /** The apply rolled back: the batch waits for a decision again, with the reason. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void applyFailed(long batchId, String reason) {
        batches.get(batchId).applyFailed(reason);
    }

    /**
     * What a restart cut off: a comparison or an apply runs in one transaction, so nothing of it stayed; the batch
     * says so instead of waiting for a job that no longer runs. An apply that another portal instance is running
     * holds its batch's row and is left alone ({@link ExchangeBatches#interrupted}); a comparison holds none (its
     * progress is written beside it), so one running on another instance is marked failed and the list is uploaded
     * again, which loses nothing but the clerk's wait.
     */
    @Transactional
    public void putRightWhatARestartCutOff(@Observes SchemaMigrated migrated) {
        batches.interrupted().forEach(batch -> {
            if (batch.status() == ExchangeStatus.APPLYING) {
                batch.applyFailed("服务器重启时导入尚未完成，台账没有任何变化；可以再次确认导入");
            } else {
                batch.failed("服务器重启时比对尚未完成，请重新上传该名单");
            }
        });
    }

    /** Marks the batch failed with the reason, whatever happened to the staging transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long batchId, String reason) {
        batches.get(batchId).failed(reason);
    }
}
