import ArgumentParser

extension CheckCommand {
    /// The options of `kvo check` that take the next argument as their value, and its flags.
    static let optionsWithValue: Set<String> = ["--jobs", "--format", "--rules", "--as-of", "--audit", "--lang"]
    static let flags: Set<String> = ["--fail-on-warn"]

    /// `kvo check DOSSIER... [options]` as `parse` reads it, without handing every dossier to
    /// ArgumentParser: its parsing of positional values grows with the square of their number
    /// (700 dossiers: 160 M instructions, about 40 ms before the first check starts; callgrind).
    /// When every argument is a plain word (a dossier) or one of the options above in its
    /// `--name value` form, ArgumentParser reads the options with the first dossier only and the
    /// dossiers are put back in their order; any other line is ArgumentParser's alone.
    static func parseMany(_ arguments: [String]) throws -> CheckCommand {
        var options: [String] = [], dossiers: [String] = []
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if optionsWithValue.contains(argument), i + 1 < arguments.count, !arguments[i + 1].hasPrefix("-") {
                options += [argument, arguments[i + 1]]
                i += 2
            } else if flags.contains(argument) {
                options.append(argument)
                i += 1
            } else if argument.hasPrefix("-") || argument.isEmpty {
                return try parse(arguments)
            } else {
                dossiers.append(argument)
                i += 1
            }
        }
        guard dossiers.count > 1 else { return try parse(arguments) }
        var command = try parse(options + [dossiers[0]])
        command.dossiers = dossiers
        return command
    }
}
