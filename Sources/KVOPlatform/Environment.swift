#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Environment variables, read without Foundation.
public enum Environment {
    public static func get(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}

/// The running process: its ID, its host, its locale, its end.
public enum CurrentProcess {
    public static var id: Int32 { getpid() }

    public static var hostName: String {
        var host = [CChar](repeating: 0, count: 256)
        gethostname(&host, host.count - 1)
        return String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The user's character type, before anything reads input (UTF-8 line editing needs it).
    public static func adoptCharacterLocale() { setlocale(LC_CTYPE, "") }

    public static func exit(_ code: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(code)
        #else
        Darwin.exit(code)
        #endif
    }

    /// Where the running program lives (`/proc/self/exe`), for the helper programs beside it.
    public static var executablePath: String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The local date and time now, or at `seconds` since 1970: (year, month, day, hour, minute, second).
    public static func localTime(at seconds: Int? = nil) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        var now = seconds.map { time_t($0) } ?? time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
