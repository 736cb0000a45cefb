import { startApp } from './app/start';
import './styles.css';

startApp(document.getElementById('root')!);
