import Foundation
import XCTest

/// The real `tidings` executable, built beside the tests.
enum TidingsBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether it ran as an unprivileged user (root reads every file, whatever its mode).
        var droppedPrivileges: Bool
    }

    static var path: String {
        // macOS puts tests in a .xctest bundle inside the products folder; Linux, in the folder itself.
        var products = Bundle(for: BundleMarker.self).bundleURL
        if products.pathExtension == "xctest" { products.deleteLastPathComponent() }
        return products.appendingPathComponent("tidings").path
    }

    static let dropToNobody = ["--reuid=65534", "--regid=65534", "--clear-groups"]

    /// Whether root can run the binary as nobody: not when the checkout sits in a private folder.
    static let nobodyCanRunIt: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        probe.arguments = dropToNobody + ["/usr/bin/test", "-x", path]
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    /// Runs `tidings` with `arguments`; as root with `asUnprivilegedUser`, through `setpriv` as nobody
    /// when nobody can reach the binary (else as it is, and `droppedPrivileges` says so).
    static func run(_ arguments: [String], asUnprivilegedUser: Bool = false,
                    environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        var drop = false
        if asUnprivilegedUser, nobodyCanRunIt {
            drop = true
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = dropToNobody + [path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), droppedPrivileges: drop)
    }

    private final class BundleMarker {}
}
