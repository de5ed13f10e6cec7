#if canImport(Glibc)
import Glibc
#endif
import CEditLine
import KVOModel
import KVOScript
import KVOChecks

/// The interactive shell: prompt, continuation lines, history, completion, Ctrl-C and Ctrl-D.
package final class Shell {
    package struct Settings {
        package var historyPath: String?
        /// False under --safe and --readonly, which write no file: the history is read, not written.
        package var writesHistory = true
        package var startupFile: String?
        /// Shown in the session's language when the shell starts.
        package var banner: Message
        /// Pages output longer than the screen (when the session's `pager` is on).
        package var pager = Pager.fromEnvironment()

        package init(historyPath: String?, startupFile: String?, banner: Message) {
            self.historyPath = historyPath
            self.startupFile = startupFile
            self.banner = banner
        }
    }

    private let interpreter: Interpreter
    private let output: StandardOutput
    private let editor: LineEditor
    private let settings: Settings
    /// Set when the caller already printed the banner (before opening a dossier).
    package var bannerShown = false

    package init?(interpreter: Interpreter, output: StandardOutput, settings: Settings) {
        guard let editor = LineEditor() else { return nil }
        self.interpreter = interpreter
        self.output = output
        self.editor = editor
        self.settings = settings
        let commands = interpreter.commands, functions = interpreter.functions
        let cwd = FileSystem.currentDirectory()
        editor.complete = { [unowned interpreter] line, cursor in
            var vocabulary = Completer.Vocabulary(commands: commands, functions: functions,
                                                  variables: interpreter.scope.visibleNames, currentDirectory: cwd,
                                                  language: interpreter.language)
            if let w = interpreter.workspace {
                vocabulary.recordIDs = w.dossier.allIDs
                vocabulary.recordKinds = w.schema.kinds.map(\.name)
                vocabulary.parties = RoomWords.parties(w.dossier)
            }
            vocabulary.themes = RoomWords.themes(interpreter.language)
            return Completer(vocabulary: vocabulary).complete(line: line, cursor: cursor)
        }
        editor.showAllQuestion = { [unowned interpreter] n in
            Message(en: "Show all \(n)? (y/n) ", nl: "Alle \(n) tonen? (j/n) ").text(interpreter.language)
        }
        editor.isYesKey = { [unowned interpreter] key in Shell.isYes(String(key), language: interpreter.language) }
        interpreter.confirm = { [unowned self, unowned interpreter] question in
            self.output.writeHeld()
            self.output.flush()
            let language = interpreter.language
            if case .line(let answer) = self.editor.read(prompt: question + Shell.yesNoPrompt.text(language)) {
                return Shell.isYes(answer, language: language)
            }
            return false
        }
        interpreter.clearScreen = { [unowned self] in
            // Home, erase the screen and the scrollback, as clear(1) does.
            self.output.writeHeld()
            self.output.write("\u{1B}[H\u{1B}[2J\u{1B}[3J")
            self.output.flush()
        }
        interpreter.readKey = { [unowned self] prompt in
            self.output.writeHeld()
            self.output.write(prompt)
            self.output.flush()
            let byte = kvo_read_key(0)
            guard byte >= 0 else { return nil }
            let key = Character(Unicode.Scalar(UInt8(byte)))
            // Echo what was pressed, readably, and end the line.
            let shown: String = switch byte {
            case 13, 10: "↵"
            case 3: "^C"
            case 27: "Esc"
            case 32...126: String(key)
            default: ""
            }
            self.output.write(shown + "\n")
            return key
        }
    }

    /// What follows a yes/no question: the default (no) in capitals.
    static let yesNoPrompt = Message(en: " [y/N] ", nl: " [j/N] ")

    /// Whether an answer to a yes/no question is yes: y or yes always (a script written for an
    /// English session answers the same), and j or ja in a Dutch session. Anything else is no.
    package static func isYes(_ answer: String, language: Language) -> Bool {
        let a = answer.lowercased().filter { $0 != " " && $0 != "\t" }
        if a == "y" || a == "yes" { return true }
        return language == .nl && (a == "j" || a == "ja")
    }

    /// Installs the SIGINT flag that `SessionOptions.interruptRequested` should poll.
    package static func installInterruptHandler() { kvo_sigint_install() }

    package static func interruptRequested() -> Bool { kvo_sigint_take() != 0 }

    /// Runs until Ctrl-D or `exit`; returns the exit code.
    package func run() -> Int32 {
        if let path = settings.historyPath {
            if settings.writesHistory { ensureFolder(of: path) }
            // Only a regular file: a FIFO planted as the history must not hang the shell.
            if FileSystem.isRegularFile(path) { editor.loadHistory(from: path) }
        }
        if !bannerShown { output.write(settings.banner.text(interpreter.language)) }
        if let startup = settings.startupFile, FileSystem.exists(startup) {
            if let code = runStartupFile(startup) { return code }
        }
        var pending: [String] = []
        var open: OpenConstruct?
        var broken: BrokenBlock?
        while true {
            output.flush()
            let prompt = open.map(Prompt.continuation(open:)) ?? Prompt.primary(dossier: interpreter.workspace.map(Prompt.label))
            editor.setSearchLabel(searching: Message(en: "reverse-search", nl: "terugzoeken").text(interpreter.language),
                                  failed: Message(en: "reverse-search, not found", nl: "terugzoeken, niet gevonden").text(interpreter.language))
            let input = editor.read(prompt: prompt)
            if case .line(let line) = input, var block = broken {
                // The rest of a block that had an error: read up to its end, and dropped.
                let closed = block.take(line)
                broken = closed ? nil : block
                if closed {
                    open = nil
                    output.write(block.discarded.text(interpreter.language) + "\n")
                }
                continue
            }
            if broken != nil { broken = nil; open = nil }
            switch input {
            case .interrupted:
                pending.removeAll()
                open = nil
            case .end:
                if !pending.isEmpty {
                    let what = open?.name ?? ""
                    let notice = Message(en: "(the unfinished '\(what)' was discarded)", nl: "(de onafgemaakte '\(what)' is weggegooid)")
                    output.write("\n" + notice.text(interpreter.language) + "\n")
                } else {
                    output.write("\n")
                }
                if confirmQuit() { output.flush(); return 0 }
                pending.removeAll()
                open = nil
            case .line(let line):
                pending.append(line)
                let text = pending.joined(separator: "\n")
                let source = SourceFile(name: nil, text: text, directory: FileSystem.currentDirectory())
                let program: Program
                do {
                    program = try Parser.parse(source, commands: interpreter.commands)
                } catch {
                    if let what = error.openConstruct {
                        open = what
                        continue
                    }
                    record(text)
                    interpreter.report(error)
                    // An error inside a block being typed: its remaining lines must not run at the top level.
                    broken = BrokenBlock(pending)
                    pending.removeAll()
                    open = broken?.opener
                    if let broken { output.write(broken.skipping.text(interpreter.language) + "\n") }
                    continue
                }
                pending.removeAll()
                open = nil
                record(text)
                if program.statements.isEmpty { continue }
                _ = Shell.interruptRequested() // forget a Ctrl-C from before this command
                if let code = execute(program), confirmQuit() {
                    output.flush()
                    return code
                }
            }
        }
    }

    /// Runs one entry at the prompt. Errors are reported and the shell goes on; returns a code
    /// only when the entry asked to exit.
    private func execute(_ program: Program) -> Int32? {
        let paging = interpreter.pager && Terminal.isTerminal(1)
        if paging { output.hold() }
        defer {
            if paging {
                output.release(pager: settings.pager, rows: Terminal.height() ?? Shell.environmentNumber("LINES") ?? 24,
                               columns: Terminal.width() ?? Shell.environmentNumber("COLUMNS") ?? 80)
            }
            output.flush()
        }
        let workspace = interpreter.workspace, amended = workspace?.amendments.count ?? 0
        defer { redrawBoard(workspace, since: amended) }
        let end = ScriptRunner.catching(interpreter, { try interpreter.execute(program) }) { d in
            guard d.kind == .interrupted else { return d }
            // The terminal echoed ^C where the cursor was; start a fresh line.
            output.write("\n")
            output.flush()
            return Diagnostic(.interrupted, Message(en: "interrupted", nl: "onderbroken"))
        }
        if case .exit(let code) = end { return code }
        return nil
    }

    /// `board` is live: after an entry that amended the votes (a vote, an undo of one), the screen
    /// is cleared and the board drawn again, with the entry's command under it, so the room
    /// watches the consensus form.
    private func redrawBoard(_ workspace: Workspace?, since count: Int) {
        guard interpreter.board, let workspace, workspace === interpreter.workspace, workspace.amendments.count > count else { return }
        let latest = workspace.amendments[count...]
        let votes = RecordKind.votes.name
        guard latest.contains(where: { a in a.changes.contains { $0.kind == votes } }) else { return }
        if Terminal.isTerminal(1) {
            output.writeHeld()
            output.write("\u{1B}[H\u{1B}[2J")
        }
        let source = SourceFile(name: nil, text: CommandSpec.boardName, directory: FileSystem.currentDirectory())
        _ = ScriptRunner.catching(interpreter, { try interpreter.execute(try Parser.parse(source, commands: interpreter.commands)) })
        if let last = latest.last { output.write("> " + last.command + "\n") }
    }

    static func environmentNumber(_ name: String) -> Int? {
        Environment.get(name).flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    private func runStartupFile(_ path: String) -> Int32? {
        let text: String
        do {
            text = try FileSystem.readText(path)
        } catch {
            let message = Message(en: "kvo: cannot read startup file \(path): \(error.reasonMessage)",
                                  nl: "kvo: kan opstartbestand \(path) niet lezen: \(error.reasonMessage)")
            output.writeError(message.text(interpreter.language) + "\n")
            return nil
        }
        let source = SourceFile(name: path, text: text, directory: FileSystem.directory(of: path))
        let end = ScriptRunner.catching(interpreter) {
            try interpreter.execute(try Parser.parse(source, commands: interpreter.commands))
        }
        if case .exit(let code) = end { return code }
        return nil
    }

    /// Adds a whole command to the history and writes the history file at once.
    private func record(_ entry: String) {
        guard HistoryPolicy.shouldRecord(entry, previous: editor.latestHistory) else { return }
        editor.addHistory(entry)
        if let path = settings.historyPath, settings.writesHistory { editor.saveHistory(to: path) }
    }

    /// True when nothing would be lost, or the user agrees to lose it.
    private func confirmQuit() -> Bool {
        guard interpreter.hasUnsavedChanges, let confirm = interpreter.confirm else { return true }
        let question = Message(en: "There are unsaved changes. Quit without saving?",
                               nl: "Er zijn wijzigingen die niet zijn bewaard. Afsluiten zonder te bewaren?")
        return confirm(question.text(interpreter.language))
    }

    private func ensureFolder(of path: String) {
        let folder = FileSystem.directory(of: path)
        guard !FileSystem.exists(folder) else { return }
        // No history is no reason to stop the shell: a folder that cannot be made is let be.
        try? FileSystem.makeFolders(folder, mode: 0o700)
    }
}
