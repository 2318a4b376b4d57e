package dev.clearance.rules.pack;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds small in-memory packs for tests: a folder name and its files as text. */
public final class TestPacks {

    private TestPacks() {
    }

    public static PackFiles pack(String folder, String... nameAndContent) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            files.put(nameAndContent[i], nameAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return new PackFiles(folder, files);
    }

    /**
     * The {@code pack.yaml} of a version-1 pack deciding event contracts from 2020 on, with one
     * rules file named after the folder and, when {@code table} is given, one fact table
     * ({@code "states.csv, fact: StateRow"}).
     */
    public static String contractManifest(String id, String title, String jurisdictions, String table) {
        return """
                id: %s
                title: %s
                version: "1"
                jurisdictions: [%s]
                covers: { subjectKinds: [EVENT_CONTRACT] }
                effective: { from: 2020-01-01 }
                rules: [%s.drl]
                """.formatted(id, title, jurisdictions, id)
                + (table == null ? "" : "tables:\n  - { file: " + table + " }\n");
    }

    /** A federal-layer pack that prohibits war contracts and allows everything else it sees. */
    public static PackFiles federal() {
        return pack("fed",
                "pack.yaml", """
                        id: fed
                        title: Federal test layer
                        version: "1"
                        jurisdictions: [US]
                        covers: { subjectKinds: [EVENT_CONTRACT] }
                        effective: { from: 2020-01-01 }
                        rules: [contracts.drl]
                        """,
                "contracts.drl", """
                        package packs.fed;

                        rule "FED-WAR"
                            @verdict("PROHIBITED") @instrument("17 CFR 40.11") @article("(a)(1)")
                            @reason("Contracts on war are barred.")
                        when
                            $q : Query( jurisdiction == "US" )
                            EventContract( title matches ".*\\\\bwar\\\\b.*" )
                        then
                            out.fire(kcontext);
                        end

                        rule "FED-LISTED"
                            @verdict("ALLOWED") @instrument("CEA") @article("5c")
                            @reason("Listed on a registered market.")
                        when
                            $q : Query( jurisdiction == "US" )
                            EventContract( registration == VenueRegistration.DCM )
                        then
                            out.fire(kcontext);
                        end
                        """);
    }

    /** A state pack whose rows say, per state and date, whether the state enforces against contracts. */
    public static PackFiles states(String rows) {
        return pack("states",
                "pack.yaml", """
                        id: states
                        title: State test layer
                        version: "1"
                        jurisdictions: [US-STATES]
                        covers: { subjectKinds: [EVENT_CONTRACT] }
                        effective: { from: 2020-01-01 }
                        rules: [states.drl]
                        tables:
                          - { file: states.csv, fact: StateRow }
                        """,
                "states.drl", """
                        package packs.states;

                        declare StateRow
                            code : String
                            enforcing : boolean
                        end

                        rule "ST-ENFORCED"
                            @verdict("PROHIBITED")
                            @reason("The state enforces its gaming law against event contracts.")
                        when
                            $q : Query( $j : jurisdiction )
                            EventContract()
                            StateRow( code == $j, enforcing )
                        then
                            out.fire(kcontext);
                        end

                        rule "ST-NOT-ENFORCING"
                            @verdict("ALLOWED")
                            @reason("A court bars the state from enforcing its gaming law against listed contracts.")
                        when
                            $q : Query( $j : jurisdiction )
                            EventContract()
                            StateRow( code == $j, !enforcing )
                        then
                            out.fire(kcontext);
                        end
                        """,
                "states.csv", rows);
    }

    /** The sessions open on a snapshot's rule bases: what an engine that was not closed leaves behind. */
    public static int sessionsOn(PackSnapshot snapshot) {
        return snapshot.packs().stream().mapToInt(pack -> pack.kieBase().getKieSessions().size()).sum();
    }
}
