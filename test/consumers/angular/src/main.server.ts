import { type BootstrapContext, bootstrapApplication } from '@angular/platform-browser';
import { provideServerRendering } from '@angular/platform-server';
import { mergeApplicationConfig } from '@angular/core';
import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';

const config = mergeApplicationConfig(appConfig, { providers: [provideServerRendering()] });

export default (context: BootstrapContext) => bootstrapApplication(AppComponent, config, context);
