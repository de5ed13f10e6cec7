import KVOModel
import KVOScript
import KVOShell

/// Wires a session together from the command line: options, parameters, output, and either
/// the interactive shell or a batch run.
struct Session {
    let flags: SessionSettings
    /// Where `run` may go in safe mode.
    let safeRoot: String

    func makeInterpreter(output: StandardOutput, interactive: Bool) throws -> Interpreter {
        let today = try flags.day() ?? Session.today()
        var parameters: [String: Value] = [:]
        for (name, text) in try flags.parameters() { parameters[name] = Session.parameterValue(text) }
        let poll: @Sendable () -> Bool
        if interactive {
            poll = { Shell.interruptRequested() }
        } else {
            poll = { false }
        }
        var options = SessionOptions(
            safe: flags.safe, readOnly: flags.readOnly, bail: !flags.noBail, today: today, safeRoot: safeRoot,
            color: Terminal.wantsColor(fd: 2, disabled: flags.noColor),
            interruptRequested: poll, user: Session.user(), now: Session.timestamp,
            outputIsTerminal: Terminal.isTerminal(1), terminalWidth: { Terminal.width() ?? Session.columnsVariable() },
            recover: flags.recover, language: try flags.language(), environmentLanguage: SessionSettings.environmentLanguage())
        options.discard = flags.discard
        options.warmsChecks = interactive
        options.pointInTime = try flags.day()
        let interpreter = Interpreter(options: options, output: output, parameters: parameters)
        interpreter.pager = !flags.noPager
        return interpreter
    }

    /// A `--var` value: a literal when the whole text is one (42, 30%, 2025-03-01, 2025Q2,
    /// true), otherwise the text itself.
    static func parameterValue(_ text: String) -> Value {
        let source = SourceFile(name: nil, text: text, directory: ".")
        if let program = try? Parser.parse(source, commands: CommandTable([])),
           program.statements.count == 1, case .expression(let e) = program.statements[0].kind {
            switch e.kind {
            case .literal(let v): return v
            case .unary(.negate, let inner):
                if case .literal(.number(let n)) = inner.kind { return .number(-n) }
                if case .literal(.percent(let p)) = inner.kind { return .percent(-p) }
            default: break
            }
        }
        return .string(text)
    }

    /// The dossier named on the command line, opened as the session's first command.
    static func openSource(_ path: String, quiet: Bool) -> SourceFile {
        SourceFile(name: "<arguments>", text: "open " + Value.string(path).literal + (quiet ? " --quiet" : ""),
                   directory: FileSystem.currentDirectory(), isGenerated: true)
    }

    static func user() -> String {
        Environment.get("USER") ?? Environment.get("LOGNAME") ?? "unknown"
    }

    /// The language a session on this dossier will speak: `--lang`, else the file's `language`
    /// field, else the environment's. For the banner, which is shown before the dossier opens; a
    /// file that cannot be read or parsed says nothing here (opening it reports the problem).
    static func languageOfDossier(_ path: String, flags: SessionSettings) -> Language {
        let flag = try? flags.language()
        var dossier: Language?
        if flag == nil, let bytes = try? FileSystem.read(FileSystem.resolve(path, against: FileSystem.currentDirectory())),
           let language = (try? JSONParser.parse(bytes))?["language"]?.stringValue {
            dossier = Language(rawValue: language)
        }
        return Language.resolve(flag: flag, dossier: dossier, environment: { Environment.get($0) })
    }

    /// COLUMNS, for tables when output is not a terminal.
    static func columnsVariable() -> Int? { Environment.get("COLUMNS").flatMap { Int($0) } }

    /// Now as YYYY-MM-DDTHH:MM:SS local time; SOURCE_DATE_EPOCH (seconds) fixes it, for reproducible output.
    @Sendable static func timestamp() -> String {
        let t = CurrentProcess.localTime(at: Environment.get("SOURCE_DATE_EPOCH").flatMap { Int($0) })
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(t.year)-\(two(t.month))-\(two(t.day))T\(two(t.hour)):\(two(t.minute)):\(two(t.second))"
    }

    static func today() -> Day {
        let t = CurrentProcess.localTime()
        return Day(year: t.year, month: t.month, day: t.day)!
    }

    /// `$XDG_CONFIG_HOME/kvo/kvorc`, or `~/.kvorc`.
    static func startupFile() -> String? {
        if let config = Environment.get("XDG_CONFIG_HOME"), !config.isEmpty { return config + "/kvo/kvorc" }
        guard let home = Environment.get("HOME"), !home.isEmpty else { return nil }
        return home + "/.kvorc"
    }
}

/// Ends a session that was not killed: lets go of the dossier's lock. Amendments left unsaved
/// are rolled back, as psql rolls back an open transaction, with one line on standard error:
/// the journal is removed, so the next run starts from the file as saved and is not refused.
/// Only amendments this session replayed from a journal (acknowledged by a session that died)
/// are kept for the next open: ending without saving them must not lose them.
func finish(_ interpreter: Interpreter, output: StandardOutput, code: Int32) -> Never {
    output.flush()
    if let w = interpreter.workspace {
        if w.isDirty, let path = w.path, !w.readOnly {
            let n = w.amendments.count
            let message: Message
            if w.replayedJournal {
                message = n == 1
                    ? Message(en: "kvo: 1 amendment was not saved; it stays in the journal of \(path) (open it with --recover to get it back)",
                              nl: "kvo: 1 wijziging is niet bewaard; ze blijft in het journaal van \(path) (open het met --recover om haar terug te krijgen)")
                    : Message(en: "kvo: \(n) amendments were not saved; they stay in the journal of \(path) (open it with --recover to get them back)",
                              nl: "kvo: \(n) wijzigingen zijn niet bewaard; ze blijven in het journaal van \(path) (open het met --recover om ze terug te krijgen)")
            } else {
                message = n == 1
                    ? Message(en: "kvo: 1 amendment was not saved and is discarded; \(path) is as it was last saved",
                              nl: "kvo: 1 wijziging is niet bewaard en is weggegooid; \(path) is zoals het het laatst bewaard is")
                    : Message(en: "kvo: \(n) amendments were not saved and are discarded; \(path) is as it was last saved",
                              nl: "kvo: \(n) wijzigingen zijn niet bewaard en zijn weggegooid; \(path) is zoals het het laatst bewaard is")
            }
            output.writeError(message.text(interpreter.language) + "\n")
            output.flush()
        }
        w.close(discardingChanges: !w.replayedJournal)
    }
    exitProcess(code)
}

/// Ends the process with `code` (output already flushed). Throwing ArgumentParser's ExitCode
/// instead would build its help machinery on the way out: about a millisecond per run.
func exitProcess(_ code: Int32) -> Never {
    CurrentProcess.exit(code)
}
