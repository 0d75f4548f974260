import type { Page } from '@playwright/test';

/** A client's measurements list and the intake form (answered by the coach, or by the client). */
export class MeasurementsPage {
  constructor(readonly page: Page) {}
  readonly heading = () => this.page.getByRole('heading', { name: 'Metingen', exact: true });
  readonly instrument = () => this.page.getByLabel('Vragenlijst');
  readonly start = () => this.page.getByRole('button', { name: 'Start de meting' });
  readonly list = () => this.page.getByTestId('measurement-list');
  readonly trendChart = () => this.page.getByRole('img', { name: /Verloop van de indices/ });

  async goto(clientId: string) {
    await this.page.goto(`/clients/${clientId}/measurements`);
  }
}

export class IntakePage {
  constructor(readonly page: Page) {}
  readonly heading = (clientName: string) => this.page.getByRole('heading', { name: `Intake met ${clientName}` });
  readonly focusedRadio = (step: string) => this.page.locator(`[data-step="${step}"] [role=radio][tabindex="0"]`);
  readonly checkedRadio = (step: string) => this.page.locator(`[data-step="${step}"] [role=radio][aria-checked=true]`);
  readonly openAnswer = (step: string) => this.page.locator(`textarea[data-open="${step}"]`);
  readonly note = (step: string) => this.page.locator(`textarea[data-note="${step}"]`);
  readonly saveStatus = () => this.page.getByTestId('save-status');
  readonly progress = () => this.page.getByTestId('overall-progress');
  readonly finish = () => this.page.getByRole('button', { name: 'Afronden' }).first();
  /** The progress line's text, e.g. "12 van 89 beantwoord". */
  readonly progressText = (answered: number, total: number) => `${answered} van ${total} beantwoord`;
  readonly offlineText = 'Geen verbinding';
}

/** A completed measurement's results. */
export class ResultsPage {
  constructor(readonly page: Page) {}
  readonly heading = () => this.page.getByRole('heading', { name: 'Resultaten: JD-R-intake' });
  readonly profileName = () => this.page.getByTestId('profile-name');
  readonly signals = () => this.page.getByTestId('signals');
  readonly reference = () => this.page.getByTestId('profile-reference');
  readonly ownWords = () => this.page.getByTestId('own-words');
  /** Every answer, folded away under "Alle antwoorden" at the end of the page. */
  readonly answersFold = () => this.page.getByText('Alle antwoorden', { exact: true });
  readonly answerRow = (question: string) => this.page.getByRole('row').filter({ hasText: question });
  /** A group's "what do these dimensions mean?" fold. */
  readonly explanationsFold = (group: string) =>
    this.page.locator(`[data-group="${group}"]`).getByText('Wat betekenen deze onderdelen?', { exact: true });
}

/** The dashboard's "needs attention" in full. */
export class AttentionPage {
  constructor(readonly page: Page) {}
  readonly goto = () => this.page.goto('/attention');
  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Aandacht nodig' });
  readonly count = () => this.page.getByTestId('attention-count');
  readonly list = () => this.page.getByRole('region', { name: 'Cliënten die aandacht nodig hebben' });
}

/** The instrument list and editor. */
export class InstrumentEditorPage {
  constructor(readonly page: Page) {}
  readonly listHeading = () => this.page.getByRole('heading', { name: 'Vragenlijsten', exact: true });
  readonly newLink = () => this.page.getByRole('link', { name: 'Nieuwe vragenlijst' }).first();
  readonly newHeading = () => this.page.getByRole('heading', { name: 'Nieuwe vragenlijst' });
  readonly name = () => this.page.getByLabel('Naam (Nederlands)').first();
  readonly subscaleName = (index: number) => this.page.locator(`#def-subscales-${index}-name`);
  readonly subscaleCode = (index: number) => this.page.locator(`#def-subscales-${index}-key`);
  readonly itemSubscale = (index: number) => this.page.locator(`#def-items-${index}-subscale`);
  readonly itemKey = (index: number) => this.page.locator(`#def-items-${index}-key`);
  readonly itemText = (index: number) => this.page.locator(`#def-items-${index}-text`);
  readonly addItem = () => this.page.getByRole('button', { name: 'Item toevoegen' });
  readonly save = () => this.page.getByRole('button', { name: 'Vragenlijst opslaan' });
  readonly saveAsVersion = (version: number) => this.page.getByRole('button', { name: `Opslaan als versie ${version}` });
  readonly saved = (version: number) => this.page.getByText(`Versie ${version} is opgeslagen.`);
  readonly issues = () => this.page.getByTestId('instrument-issues');
}
