import KVOModel

/// A built-in function: what `help NAME` shows and what a call runs.
package struct FunctionSpec: Sendable {
    package let name: String
    /// `round(X [, DIGITS])`
    package let signature: String
    package let summary: Message
    package let example: String
    package let arity: ClosedRange<Int>
    package let body: @Sendable (FunctionCall) throws -> Value
    /// The first argument may be a record kind's bare name: count(goals).
    package let takesKindName: Bool

    package init(_ name: String, _ signature: String, arity: ClosedRange<Int>, summary: Message, example: String,
                takesKindName: Bool = false, body: @escaping @Sendable (FunctionCall) throws -> Value) {
        self.takesKindName = takesKindName
        self.name = name
        self.signature = signature
        self.summary = summary
        self.example = example
        self.arity = arity
        self.body = body
    }


    var arityText: Message {
        let (low, high) = (arity.lowerBound, arity.upperBound)
        if low == high { return Noun(en: "argument", "arguments", nl: "argument", "argumenten").counted(low) }
        if high == Int.max { return Message(en: "at least \(low) arguments", nl: "minstens \(low) argumenten") }
        return Message(en: "\(low) to \(high) arguments", nl: "\(low) tot \(high) argumenten")
    }
}

/// The evaluated arguments of one call, and what a function may read of the session: the same
/// narrow environment a command gets (options, the open dossier), not the interpreter.
package struct FunctionCall {
    package let arguments: [Value]
    package let environment: CommandEnvironment

    package init(arguments: [Value], interpreter: Interpreter) {
        self.arguments = arguments
        self.environment = CommandEnvironment(interpreter)
    }

    package subscript(_ i: Int) -> Value { i < arguments.count ? arguments[i] : .null }

    package func number(_ i: Int) throws -> Double {
        guard let n = self[i].numeric else { throw FunctionError(Message(en: "argument \(i + 1) must be a number, got ", nl: "argument \(i + 1) moet een getal zijn, niet ") + self[i].typeDescription,
                                                                argument: i) }
        return n
    }

    package func whole(_ i: Int) throws -> Int {
        let n = try number(i)
        guard n == n.rounded(), abs(n) < 1e15 else { throw FunctionError(Message(en: "argument \(i + 1) must be a whole number", nl: "argument \(i + 1) moet een geheel getal zijn"), argument: i) }
        return Int(n)
    }

    package func string(_ i: Int) throws -> String {
        guard case .string(let s) = self[i] else { throw FunctionError(Message(en: "argument \(i + 1) must be a string, got ", nl: "argument \(i + 1) moet een tekst zijn, niet ") + self[i].typeDescription,
                                                                          argument: i) }
        return s
    }

    package func list(_ i: Int) throws -> [Value] {
        guard case .list(let l) = self[i] else { throw FunctionError(Message(en: "argument \(i + 1) must be a list, got ", nl: "argument \(i + 1) moet een lijst zijn, niet ") + self[i].typeDescription,
                                                                        argument: i) }
        return l
    }
}

/// A function's complaint about its arguments; the evaluator adds where and which function.
package struct FunctionError: Error {
    package let message: Message
    /// Which argument to point at (0-based), if one.
    package let argument: Int?

    package init(_ message: Message, argument: Int? = nil) {
        self.message = message
        self.argument = argument
    }

}
