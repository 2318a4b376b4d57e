package dev.clearance.rules.matching;

import dev.clearance.rules.model.Jurisdiction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The participants one market knows, as parallel arrays indexed by participant index so the
 * gate and the matching loop read plain ints and booleans. Beneficial owners, affiliate groups
 * and jurisdictions are interned to small indexes at registration.
 */
final class ParticipantTable {

    private static final Map<String, Integer> JURISDICTION_INDEX = jurisdictionIndex();

    final int[] owner;
    final int[] group;
    final int[] jurisdiction;
    final int[] ageYears;
    final boolean[] ageVerified;
    final boolean[] marketMaker;
    final boolean[] killed;
    final byte[] selfTradeMode;

    private final Participant[] records;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, Integer> ownerIndex = new HashMap<>();
    private final Map<String, Integer> groupIndex = new HashMap<>();
    private int count;

    ParticipantTable(int capacity) {
        owner = new int[capacity];
        group = new int[capacity];
        jurisdiction = new int[capacity];
        ageYears = new int[capacity];
        ageVerified = new boolean[capacity];
        marketMaker = new boolean[capacity];
        killed = new boolean[capacity];
        selfTradeMode = new byte[capacity];
        records = new Participant[capacity];
    }

    /** Number of jurisdictions an eligibility table is indexed by. */
    static int jurisdictionCount() {
        return JURISDICTION_INDEX.size();
    }

    static int jurisdictionIndex(String code) {
        Integer index = JURISDICTION_INDEX.get(code);
        if (index == null) {
            throw new IllegalArgumentException("unknown jurisdiction `" + code + "`");
        }
        return index;
    }

    /**
     * Registers a participant, or updates the record of one already registered under the same id
     * (a re-verified age, a new default mode) keeping its index.
     */
    int register(Participant participant) {
        Integer existing = indexById.get(participant.id());
        int index;
        if (existing != null) {
            index = existing;
        } else {
            if (count == records.length) {
                throw new IllegalStateException("market is full: it holds " + records.length
                    + " participants; raise MarketConfig.maxParticipants");
            }
            index = count++;
            indexById.put(participant.id(), index);
        }
        records[index] = participant;
        owner[index] = intern(ownerIndex, participant.beneficialOwner());
        group[index] = intern(groupIndex, participant.affiliateGroup());
        jurisdiction[index] = jurisdictionIndex(participant.jurisdiction());
        ageYears[index] = participant.ageYears();
        ageVerified[index] = participant.ageVerified();
        marketMaker[index] = participant.affiliatedMarketMaker();
        selfTradeMode[index] = (byte) participant.selfTradeMode().ordinal();
        return index;
    }

    boolean contains(int index) {
        return index >= 0 && index < count;
    }

    int count() {
        return count;
    }

    Optional<Integer> indexOf(String id) {
        return Optional.ofNullable(indexById.get(id));
    }

    Participant record(int index) {
        return records[index];
    }

    private static int intern(Map<String, Integer> table, String key) {
        return table.computeIfAbsent(key, k -> table.size());
    }

    private static Map<String, Integer> jurisdictionIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (Jurisdiction jurisdiction : Jurisdiction.all()) {
            index.put(jurisdiction.code(), index.size());
        }
        return Map.copyOf(index);
    }
}
