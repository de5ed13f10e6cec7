/// Recognises the plainest invocation, `kvo -c COMMAND [-c COMMAND]...`, without ArgumentParser.
///
/// Why: ArgumentParser reflects over every option on each parse (Mirror, protocol conformance
/// lookups), which measured at about 1.5 ms of a 7 ms start; batch scripts call `kvo -c` many
/// times, and the start-up budget is 3x sqlite3. Anything else (another flag, a dossier, help,
/// a malformed pair) goes to ArgumentParser, which stays the definition of the command line;
/// a test checks that both read these invocations the same way.
enum FastInvocation {
    static func commands(_ arguments: [String]) -> [String]? {
        guard !arguments.isEmpty, arguments.count % 2 == 0 else { return nil }
        var commands: [String] = []
        var i = 0
        while i < arguments.count {
            // A value that looks like an option is ArgumentParser's to judge (`-c --var` is an error there).
            guard arguments[i] == "-c", !arguments[i + 1].hasPrefix("-") else { return nil }
            commands.append(arguments[i + 1])
            i += 2
        }
        return commands
    }
}
