import { notFound } from 'next/navigation';

// Unknown paths under a locale get the localised 404 page rather than the global one.
export default function CatchAll() {
  notFound();
}
