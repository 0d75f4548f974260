import { describe, expect, it } from 'vitest';
import { agendaCoachId } from './agenda-coach';

describe('agendaCoachId', () => {
  it("plans in the client's coach's agenda, whoever plans", () => {
    expect(agendaCoachId({ id: 'coach', active: true }, 'owner')).toBe('coach');
    expect(agendaCoachId({ id: 'coach', active: true }, 'coach')).toBe('coach');
  });

  it('plans in the agenda of the one who plans when that coach left the practice', () => {
    expect(agendaCoachId({ id: 'coach', active: false }, 'owner')).toBe('owner');
    expect(agendaCoachId(null, 'owner')).toBe('owner');
  });
});
