/**
 * A task or alert for a person: an officer reminder ahead of a term, a supervisor escalation after a breach.
 * Holds case ids, kinds and dates only; the reader looks the case up for anything personal.
 */
export interface Notification {
  /** Derived by the workflow (case, term, kind): a retried activity writes the same notification once. */
  id: string;
  audience: 'officer' | 'supervisor';
  kind: 'deadline-reminder' | 'deadline-breached' | 'creditor-silent' | 'officer-task';
  caseId: string;
  gemeente: string;
  officerId: string;
  /** Short Dutch text for the inbox, without personal data. */
  message: string;
  /** ISO date of the deadline concerned, if any. */
  deadline?: string;
  createdAt: string;
}

export interface NotificationStore {
  /** Stores the notification unless one with this id exists; true when it was new. */
  add(notification: Notification): Promise<boolean>;
  list(filter?: { audience?: Notification['audience']; caseId?: string }): Promise<Notification[]>;
}
