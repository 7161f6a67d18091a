package com.stratum.ui.testsupport;

import com.stratum.ui.dialog.DialogService;
import com.stratum.ui.dialog.FileFilter;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link DialogService} for tests: file choosers answer from a queue the test fills, errors and
 * infos are recorded (and the fixture fails a test that ends with an unexpected error).
 */
public final class RecordingDialogs implements DialogService {

    /** One dialog shown: its kind, title, message and (for errors) the cause. */
    public record Shown(String kind, String title, String message, Throwable details) {
    }

    private final Deque<Path> answers = new ArrayDeque<>();
    private final Deque<String> passwords = new ArrayDeque<>();
    private final List<Shown> shown = new CopyOnWriteArrayList<>();

    /** The next file or folder chooser returns {@code path}. */
    public synchronized void answerNextChooser(Path path) {
        answers.add(path);
    }

    /** The next password prompt answers {@code password}; with none queued it is cancelled. */
    public synchronized void answerNextPassword(String password) {
        passwords.add(password);
    }

    public List<Shown> shown() {
        return shown;
    }

    public List<Shown> errors() {
        return shown.stream().filter(s -> s.kind().equals("error")).toList();
    }

    public List<Shown> infos() {
        return shown.stream().filter(s -> s.kind().equals("info")).toList();
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        shown.add(new Shown("error", title, message, details));
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(new Shown("info", title, message, null));
    }

    @Override
    public synchronized Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public synchronized Optional<Path> chooseFileToSave(String title, String initialName, FileFilter filter) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public synchronized Optional<char[]> askPassword(String title, String message) {
        shown.add(new Shown("password", title, message, null));
        return Optional.ofNullable(passwords.poll()).map(String::toCharArray);
    }

    @Override
    public synchronized Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(answers.poll());
    }
}
