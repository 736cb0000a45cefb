import { expect, type APIRequestContext } from '@playwright/test';
import { samplePdf } from './sample-files.js';
import { DEMO_PASSWORD } from './login-page.js';

/**
 * Another person acting through the API (the same endpoints the SPA uses), to change data while a
 * page under test stays open.
 */
export class ApiClient {
  private token = '';

  constructor(private readonly request: APIRequestContext) {}

  async signIn(username: string) {
    const data = await this.graphql(
      `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on LoginSuccess { token } } }`,
      {
        u: username,
        p: DEMO_PASSWORD,
      },
    );
    expect(data.login.__typename).toBe('LoginSuccess');
    this.token = data.login.token;
    return this;
  }

  async graphql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const response = await this.request.post('/graphql', {
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      data: { query, variables },
    });
    const body = await response.json();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  }

  /** Uploads a PDF for one checklist item in a single tus request (creation with upload). */
  async uploadPdf(meta: { year: number; kecamatanCode: string; indicatorCode: string; requirementCode: string }) {
    const pdf = samplePdf(`${meta.indicatorCode} ${meta.requirementCode}`);
    const encode = (value: string) => Buffer.from(value).toString('base64');
    const metadata = Object.entries({ ...meta, year: String(meta.year), filename: `${meta.requirementCode}.pdf` })
      .map(([key, value]) => `${key} ${encode(String(value))}`)
      .join(',');
    const response = await this.request.post('/uploads', {
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Length': String(pdf.length),
        'Upload-Metadata': metadata,
        'Content-Type': 'application/offset+octet-stream',
        authorization: `Bearer ${this.token}`,
      },
      data: pdf,
    });
    expect(response.status(), await response.text()).toBe(201);
  }
}
