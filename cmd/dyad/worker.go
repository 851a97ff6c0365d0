package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
)

func (m *Main) workerCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:    "worker",
		Short:  "Consume articles from a NATS JetStream queue, code and store them",
		Hidden: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return dyad.Errorf(dyad.CodeNotImplemented, "dyad worker is not available in this build")
		},
	}
	return cmd
}

// publish sends every article of src to a work queue.
func (m *Main) publish(ctx context.Context, src dyad.Source, url string, asJSON bool) error {
	return dyad.Errorf(dyad.CodeNotImplemented, "--queue is not available in this build")
}
