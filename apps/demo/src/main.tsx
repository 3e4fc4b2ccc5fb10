import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
document.body.classList.add('govuk-template__body', 'govuk-frontend-supported');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
