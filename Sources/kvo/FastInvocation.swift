/// Reads the common command lines without ArgumentParser: `kvo [DOSSIER] [FLAGS] [-c COMMAND]...`
/// and `kvo run SCRIPT [DOSSIER] [FLAGS]`, where FLAGS are the session flags (`SessionFlags`).
///
/// Why: ArgumentParser reflects over every option on each parse (Mirror, protocol conformance
/// lookups, generic metadata): measured 12.7 M instructions for `kvo --no-init -c 'echo 1'`
/// against 4.2 M for the bare `kvo -c`, and scripts and CI use the flags. ArgumentParser stays the
/// declaration of the command line (help, completion, every error): anything this reader is not
/// sure of (an unknown or repeated option, `--name=value`, a value that looks like an option,
/// `--`, help, too many positionals) returns nil and goes there. FastInvocationTests checks that
/// the names below are exactly SessionFlags' and that both read every accepted line the same way.
enum FastInvocation: Equatable {
    case session(dossier: String?, commands: [String], settings: SessionSettings)
    case run(script: String, dossier: String?, settings: SessionSettings)

    /// The session flags without a value, by their long name.
    static let flags: [(name: String, set: @Sendable (inout SessionSettings) -> Void)] = [
        ("no-bail", { $0.noBail = true }), ("readonly", { $0.readOnly = true }), ("safe", { $0.safe = true }),
        ("no-color", { $0.noColor = true }), ("no-history", { $0.noHistory = true }), ("no-init", { $0.noInit = true }),
        ("no-pager", { $0.noPager = true }), ("recover", { $0.recover = true }), ("discard", { $0.discard = true }),
    ]

    /// The session options that take a value, by their long name.
    static let options: [(name: String, set: @Sendable (inout SessionSettings, String) -> Void)] = [
        ("var", { $0.variables.append($1) }), ("lang", { $0.lang = $1 }), ("as-of", { $0.asOf = $1 }),
    ]

    /// Options that may be given more than once (the others: ArgumentParser decides).
    static let repeatable: Set<String> = ["var", "c"]

    static func parse(_ arguments: [String]) -> FastInvocation? {
        let isRun = arguments.first == "run"
        var settings = SessionSettings()
        var positionals: [String] = []
        var commands: [String] = []
        var seen: Set<String> = []
        var i = isRun ? 1 : 0
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            guard argument.hasPrefix("-") else {
                positionals.append(argument)
                continue
            }
            let name = argument.hasPrefix("--") ? String(argument.dropFirst(2)) : argument == "-c" && !isRun ? "c" : ""
            guard !name.isEmpty, seen.insert(name).inserted || repeatable.contains(name) else { return nil }
            if let flag = flags.first(where: { $0.name == name }) {
                flag.set(&settings)
                continue
            }
            // A value that looks like an option is ArgumentParser's to judge (`-c --var` is an error there).
            guard i < arguments.count, !arguments[i].hasPrefix("-") else { return nil }
            let value = arguments[i]
            i += 1
            if name == "c" {
                commands.append(value)
            } else if let option = options.first(where: { $0.name == name }) {
                option.set(&settings, value)
            } else {
                return nil
            }
        }
        if isRun {
            guard (1...2).contains(positionals.count) else { return nil }
            return .run(script: positionals[0], dossier: positionals.count == 2 ? positionals[1] : nil, settings: settings)
        }
        // `kvo help`, a subcommand's name and a second positional are ArgumentParser's (and main's).
        guard positionals.count <= 1, !["help", "check", "run"].contains(positionals.first ?? "") else { return nil }
        return .session(dossier: positionals.first, commands: commands, settings: settings)
    }
}
