// Global styles first, so the components' own CSS files (imported beside them) come after them.
import './styles/base.css';
import './styles/forms.css';
import './styles/messages.css';
import './styles/tables.css';
import './styles/print.css';
import { startApp } from './app/start';

startApp(document.getElementById('root')!);
