package dev.clearance.rules.matching;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The binary form of a {@link Command}: a type byte, then the fields big-endian. Strings are a
 * two-byte length and UTF-8 bytes. Place and cancel encode without allocating.
 */
final class CommandCodec {

    /** Enough for any command with a full eligibility table. */
    static final int MAX_BODY = 8192;

    private static final byte PLACE = 1;
    private static final byte CANCEL = 2;
    private static final byte REGISTER = 3;
    private static final byte SET_ELIGIBILITY = 4;
    private static final byte KILL_SWITCH = 5;
    private static final byte NO_MODE = -1;

    private CommandCodec() {
    }

    static void encode(Command command, ByteBuffer out) {
        if (command instanceof Command.Place p) {
            out.put(PLACE).putLong(p.orderId()).putInt(p.participant()).put((byte) p.intent().ordinal())
                .putInt(p.price()).putInt(p.quantity()).put((byte) p.timeInForce().ordinal())
                .put(p.selfTradeMode() == null ? NO_MODE : (byte) p.selfTradeMode().ordinal())
                .putLong(p.timestamp());
        } else if (command instanceof Command.Cancel c) {
            out.put(CANCEL).putLong(c.orderId()).putInt(c.participant()).putLong(c.timestamp());
        } else if (command instanceof Command.Register r) {
            Participant p = r.participant();
            out.put(REGISTER);
            putString(out, p.id());
            putString(out, p.beneficialOwner());
            putString(out, p.affiliateGroup());
            putString(out, p.jurisdiction());
            out.putInt(p.ageYears()).put((byte) (p.ageVerified() ? 1 : 0)).put((byte) (p.affiliatedMarketMaker() ? 1 : 0))
                .put((byte) p.selfTradeMode().ordinal());
        } else if (command instanceof Command.SetEligibility e) {
            out.put(SET_ELIGIBILITY).putInt(e.eligibility().byJurisdiction().size());
            e.eligibility().byJurisdiction().forEach((code, row) -> {
                putString(out, code);
                out.put((byte) row.status().ordinal()).put((byte) row.minimumAge());
            });
        } else if (command instanceof Command.KillSwitch k) {
            out.put(KILL_SWITCH).putInt(k.participant()).put((byte) (k.engaged() ? 1 : 0));
        } else {
            throw new IllegalArgumentException("no encoding for command " + command);
        }
    }

    /** Decodes one command body; throws {@link IllegalArgumentException} naming what is wrong. */
    static Command decode(ByteBuffer in) {
        byte type = in.get();
        return switch (type) {
            case PLACE -> {
                long orderId = in.getLong();
                int participant = in.getInt();
                Intent intent = Intent.ofOrdinal(in.get());
                int price = in.getInt();
                int quantity = in.getInt();
                TimeInForce tif = TimeInForce.ofOrdinal(in.get());
                byte mode = in.get();
                yield new Command.Place(orderId, participant, intent, price, quantity, tif,
                    mode == NO_MODE ? null : SelfTradeMode.ofOrdinal(mode), in.getLong());
            }
            case CANCEL -> new Command.Cancel(in.getLong(), in.getInt(), in.getLong());
            case REGISTER -> new Command.Register(new Participant(getString(in), getString(in), getString(in),
                getString(in), in.getInt(), in.get() == 1, in.get() == 1, SelfTradeMode.ofOrdinal(in.get())));
            case SET_ELIGIBILITY -> {
                int rows = in.getInt();
                Map<String, JurisdictionEligibility> table = new LinkedHashMap<>();
                for (int i = 0; i < rows; i++) {
                    String code = getString(in);
                    table.put(code, new JurisdictionEligibility(EligibilityStatus.values()[in.get()], in.get()));
                }
                yield new Command.SetEligibility(new Eligibility(table));
            }
            case KILL_SWITCH -> new Command.KillSwitch(in.getInt(), in.get() == 1);
            default -> throw new IllegalArgumentException("unknown command type " + type);
        };
    }

    private static void putString(ByteBuffer out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.putShort((short) bytes.length).put(bytes);
    }

    private static String getString(ByteBuffer in) {
        byte[] bytes = new byte[Short.toUnsignedInt(in.getShort())];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
