// The "Express hello" peer: the project's own express answering one fixed Partnero-shaped subscriber on the route
// the sandbox serves, with Express's defaults (an ETag per response, which the sandbox turns off). Usage:
//   node --import tsx bench/lib/express-hello.ts PORT
import express from 'express';

const subscriber = {
  data: {
    id: 'bench-1',
    name: 'Bench Subscriber 1',
    email: 'bench-1@example.com',
    is_referred: false,
    tos: true,
    marketing_consent: false,
    status: 'Active',
    approved: true,
    portal_link: 'https://sandbox.partnero.test/portal/b000001/bench00000000001',
    share_link: 'https://sandbox.partnero.test/share/b000001',
    referrals_count: 0,
    reward: [],
    created_at: '2026-01-01T00:00:00.000000Z',
    updated_at: '2026-01-01T00:00:00.000000Z',
    deleted_at: null,
  },
  status: 1,
};

const app = express();
app.get('/v1/subscribers/:id', (_req, res) => {
  res.json(subscriber);
});
app.listen(Number(process.argv[2]), '127.0.0.1');
