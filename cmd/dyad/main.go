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
	stopProfile := startProfile()
	code := NewMain().Run(ctx, os.Args[1:])
	stop()
	stopProfile()
	os.Exit(code)
}

// startProfile starts the CPU profile DYAD_CPUPROFILE=FILE asks for (of
// the whole run, for `go tool pprof`; it is how start-up and coding costs
// are measured) and returns the function that writes it out.
func startProfile() (stop func()) {
	path := os.Getenv("DYAD_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		if err = pprof.StartCPUProfile(f); err != nil {
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "dyad: DYAD_CPUPROFILE: %v\n", err)
		os.Exit(1)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
