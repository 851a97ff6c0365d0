// Command dyad turns news articles into event data: who did what to whom,
// when, where, and according to whom. Run `dyad --help` for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// DYAD_CPUPROFILE=FILE writes a CPU profile of the whole run, for
	// `go tool pprof`; it is how start-up and coding costs are measured.
	if path := os.Getenv("DYAD_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "dyad: DYAD_CPUPROFILE: %v\n", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(os.Stderr, "dyad: DYAD_CPUPROFILE: %v\n", err)
			os.Exit(1)
		}
		defer f.Close()
		defer pprof.StopCPUProfile()
	}
	m := NewMain()
	code := m.Run(ctx, os.Args[1:])
	stop()
	if code != 0 {
		pprof.StopCPUProfile()
		os.Exit(code)
	}
}
