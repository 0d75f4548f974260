import { describe, expect, it } from 'vitest';
import { type ClientReferenceFacts, clientReferenceProblems, startDateProblem } from './client-checks';

const fine: ClientReferenceFacts = {
  coachOfPractice: true,
  coachMayTake: true,
  employerChosen: true,
  employerOfPractice: true,
  managerOfEmployer: true,
  managerIsManager: true,
  emailTaken: false,
};

describe('client reference checks', () => {
  it('passes when every reference belongs to the practice and the email is free', () => {
    expect(clientReferenceProblems(fine)).toBeNull();
    expect(clientReferenceProblems({ ...fine, employerChosen: false, employerOfPractice: false })).toBeNull();
  });

  it('names a coach of another practice, a manager of another employer and a duplicate email', () => {
    expect(clientReferenceProblems({ ...fine, coachOfPractice: false, managerOfEmployer: false, emailTaken: true })).toEqual({
      coachId: 'clients.validation.coachUnknown',
      managerContactId: 'clients.validation.managerOfOtherEmployer',
      email: 'clients.validation.emailTaken',
    });
  });

  it('refuses a deactivated coach for a client they do not have yet', () => {
    expect(clientReferenceProblems({ ...fine, coachMayTake: false })).toEqual({ coachId: 'clients.validation.coachInactive' });
  });

  it('refuses an HR or company-doctor contact as the client’s manager', () => {
    expect(clientReferenceProblems({ ...fine, managerIsManager: false })).toEqual({
      managerContactId: 'clients.validation.managerNotManager',
    });
  });

  it('blames the employer, not the manager, when the employer is of another practice', () => {
    expect(clientReferenceProblems({ ...fine, employerOfPractice: false, managerOfEmployer: false })).toEqual({
      employerId: 'clients.validation.employerUnknown',
    });
  });
});

describe('start date against the closing date', () => {
  it('refuses a start after the close, allows the same day, and ignores open or undated clients', () => {
    expect(startDateProblem('2026-03-01', '2026-02-01')).toBe('clients.validation.startAfterClose');
    expect(startDateProblem('2026-02-01', '2026-02-01')).toBeNull();
    expect(startDateProblem('2026-03-01', null)).toBeNull();
    expect(startDateProblem(null, '2026-02-01')).toBeNull();
  });
});
