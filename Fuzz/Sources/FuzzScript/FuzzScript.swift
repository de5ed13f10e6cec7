import LibFuzzer
import KVOScript

/// One input: the bytes as a script file, lexed and parsed with the standard command table.
/// A diagnostic is fine; a trap, a stack overflow or a memory error is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScript(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = ScriptSyntax.isWellFormed(text, name: "fuzz.kvo")
    return 0
}

/// The program's main (see LibFuzzer.h for why it is not libFuzzer's own).
@_cdecl("FuzzScript_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzScript(data, size) }
}
