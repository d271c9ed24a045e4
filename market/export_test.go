package market

import "context"

// Hooks for the external tests that step a provider's services by hand.

// RegisterForTest publishes the provider's peer info (Run does it first).
func (p *Provider) RegisterForTest(ctx context.Context) error { return p.register(ctx) }

// ResumeForTest adopts what a previous run left (Run does it second).
func (p *Provider) ResumeForTest(ctx context.Context) error { return p.resume(ctx) }

// ServeForTest serves shards (pushes, fetches) until ctx ends.
func (p *Provider) ServeForTest(ctx context.Context) error { return p.host.Run(ctx) }
