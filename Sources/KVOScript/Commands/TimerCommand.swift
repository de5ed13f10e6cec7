#if canImport(Glibc)
import Glibc
#endif

extension CommandSpec {
    static let timer = CommandSpec(
        name: "timer", group: .session, summary: "show how long each command takes",
        syntax: [.word("state", .choice(["on", "off"]))],
        example: "timer on",
        details: "With the timer on, every command is followed by its time on standard error (\"time: 3.2 ms\"), as psql's \\timing does. scripts/bench uses it to measure commands inside the shell.",
        action: { context in
            guard let state = context.arguments.word("state") else { return }
            switch state.text {
            case "on": context.interpreter.timer = true
            case "off": context.interpreter.timer = false
            default:
                throw context.error("timer takes on or off, not '\(state.text)'", at: state.location, length: state.length)
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
