/// Where `run` or `check` stands in kvo's arguments when session flags come first
/// (`kvo --safe --no-bail run FILE`): the first word that is neither a flag nor a flag's value.
/// Only those two words: a dossier named `run` is written `./run`.
enum SubcommandPosition {
    /// The session options that take a value as the next argument.
    static let optionsWithValue: Set<String> = ["--var", "--lang", "--as-of", "-c"]

    static func index(in arguments: [String]) -> Int? {
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" { return nil }
            if argument.hasPrefix("-") {
                i += optionsWithValue.contains(argument) ? 2 : 1
                continue
            }
            return argument == "run" || argument == "check" ? i : nil
        }
        return nil
    }
}
