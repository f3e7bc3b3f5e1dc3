package dev.techkg.pipeline;

import dev.techkg.pipeline.JobService.ItemResult;
import dev.techkg.pipeline.JobService.JobSnapshot;
import dev.techkg.pipeline.JobService.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** A job's mutable state, guarded by its own lock. */
final class Job {
    final String id;
    final boolean replace;
    final long bytes;
    final boolean[] givenUp;
    /** Set by the one caller that ends the job (the worker, or the time limit of its last input). */
    final AtomicBoolean ending = new AtomicBoolean();
    volatile List<JobInput> inputs;
    final Instant created = Instant.now();
    final List<ItemResult> items = new ArrayList<>();
    Instant started;
    Instant finished;

    Job(String id, List<JobInput> inputs, boolean replace) {
        this.id = id;
        this.replace = replace;
        this.inputs = List.copyOf(inputs);
        this.bytes = inputs.stream().mapToLong(Job::size).sum();
        this.givenUp = new boolean[inputs.size()];
        inputs.forEach(input -> items.add(new ItemResult(input.name(), State.QUEUED, null, null, 0, 0, null)));
    }

    private static long size(JobInput input) {
        if (input instanceof JobInput.File file) {
            return file.bytes().length;
        }
        if (input instanceof JobInput.Text text) {
            return text.article().text().length() + text.article().title().length();
        }
        return input.name().length();
    }

    synchronized void start() {
        started = Instant.now();
    }

    synchronized void update(int index, ItemResult result) {
        items.set(index, result);
    }

    /** Ends the job, dropping its inputs: only their names are kept. */
    synchronized void finish() {
        finished = Instant.now();
        inputs = inputs.stream().<JobInput>map(input -> new JobInput.Url(input.name())).toList();
    }

    synchronized Instant finishedAt() {
        return finished;
    }

    synchronized JobSnapshot snapshot() {
        int done = (int) items.stream().filter(i -> i.state() == State.DONE || i.state() == State.FAILED).count();
        State state;
        if (finished != null) {
            state = items.stream().allMatch(i -> i.state() == State.FAILED) ? State.FAILED : State.DONE;
        } else {
            state = started == null ? State.QUEUED : State.RUNNING;
        }
        return new JobSnapshot(id, state, text(created), text(started), text(finished), items.size(), done, List.copyOf(items));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
