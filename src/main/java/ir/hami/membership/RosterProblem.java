package ir.hami.membership;

import java.util.Arrays;
import java.util.Objects;

/** One reason why a roster row is rejected, with the arguments of its message. */
public record RosterProblem(RosterReason reason, Object... args) {

    public RosterProblem {
        Objects.requireNonNull(reason, "reason");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RosterProblem p && p.reason == reason && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * reason.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return args.length == 0 ? reason.name() : reason.name() + Arrays.toString(args);
    }
}
