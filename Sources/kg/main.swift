// The `kg` executable: everything is in KGCommand.
import KGCommand

await KGCommand.runAndExit()
