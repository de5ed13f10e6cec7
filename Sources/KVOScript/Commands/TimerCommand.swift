#if canImport(Glibc)
import Glibc
#endif
import KVOModel

extension CommandSpec {
    static let timer = CommandSpec(
        name: "timer", group: .session, summary: Message(en: "show how long each command takes", nl: "tonen hoe lang elke opdracht duurt"),
        syntax: [.word("state", .choice(["on", "off"]))],
        example: "timer on",
        details: Message(
            en: "With the timer on, every command is followed by its time on standard error (\"time: 3.2 ms\"), as psql's \\timing does. scripts/bench uses it to measure commands inside the shell.",
            nl: "Met de stopwatch aan volgt op elke opdracht de duur op standaardfout (\"time: 3.2 ms\", vast zodat scripts het kunnen lezen), zoals \\timing in psql. scripts/bench meet er opdrachten in de shell mee."),
        action: { context in
            guard let state = context.arguments.word("state") else { return }
            switch state.text {
            case "on": context.interpreter.timer = true
            case "off": context.interpreter.timer = false
            default:
                throw context.error(Message(en: "timer takes on or off, not '\(state.text)'", nl: "stopwatch kent alleen on of off, niet '\(state.text)'"),
                                    at: state.location, length: state.length)
            }
        })
}

/// A monotonic clock in milliseconds.
enum Clock {
    static func milliseconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
    }

    /// Milliseconds to one decimal: 3.2.
    static func format(_ ms: Double) -> String {
        let tenths = Int((ms * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
