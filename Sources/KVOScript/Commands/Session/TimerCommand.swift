import KVOModel

extension CommandSpec {
    static let timer = CommandSpec(
        name: "timer", group: .session, summary: Message(en: "show how long each command takes", nl: "tonen hoe lang elke opdracht duurt"),
        syntax: [.word(SwitchArguments.state, .choice(["on", "off"]))],
        example: "timer on",
        details: Message(
            en: "With the timer on, every command is followed by its time on standard error (\"time: 3.2 ms\"), as psql's \\timing does. scripts/bench uses it to measure commands inside the shell.",
            nl: "Met de stopwatch aan volgt op elke opdracht de duur op standaardfout (\"time: 3.2 ms\", vast zodat scripts het kunnen lezen), zoals \\timing in psql. scripts/bench meet er opdrachten in de shell mee."),
        arguments: SwitchArguments.self,
        run: { arguments, context in
            context.environment.setTimer(try SwitchArguments.isOn(arguments.state, in: context))
        })
}

/// The timer's reading: a command's time on the standard library's monotonic clock
/// (`ContinuousClock`), shown in milliseconds.
enum Stopwatch {
    /// Milliseconds to one decimal: 3.2.
    static func format(_ elapsed: Duration) -> String {
        let (seconds, attoseconds) = elapsed.components
        let ms = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        let tenths = Int((ms * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
