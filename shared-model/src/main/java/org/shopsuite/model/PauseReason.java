package org.shopsuite.model;

/**
 * Why a job's clock stopped while the job goes on. A mechanic pauses with one of the first four;
 * the server records {@code SWITCHED} when the mechanic clocks onto another job and {@code
 * END_OF_SHIFT} when they clock out with the job's clock running.
 */
public enum PauseReason {
    WAITING_PARTS,
    WAITING_APPROVAL,
    BREAK,
    OTHER,

    @RecordedOnly
    SWITCHED,

    @RecordedOnly
    END_OF_SHIFT
}
